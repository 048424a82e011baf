using System.Diagnostics;

namespace CorporateParenting.Web.Features.Performance.Imports;

/// <summary>
/// Logs how long each phase of an import or recomputation took (Information), so the slow part of a
/// large import can be read from the log rather than guessed (bench/README.md).
/// </summary>
public sealed class PhaseTimer(ILogger? logger, string operation)
{
    private readonly Stopwatch _phase = Stopwatch.StartNew();
    private readonly Stopwatch _total = Stopwatch.StartNew();

    /// <summary>Logs the phase just finished and starts timing the next.</summary>
    public void Done(string phase)
    {
        logger?.LogInformation("{Operation}: {Phase} took {Seconds:0.000} s", operation, phase, _phase.Elapsed.TotalSeconds);
        _phase.Restart();
    }

    public void Finished() =>
        logger?.LogInformation("{Operation}: finished in {Seconds:0.000} s", operation, _total.Elapsed.TotalSeconds);
}
