using System.Diagnostics;

namespace CorporateParenting.Ssda903.Diagnostics;

/// <summary>
/// Phase timings on standard error when CPB_TIMINGS=1 (for bench/README.md's "where the time goes");
/// with CPB_TIMINGS=rules the validator also runs its rules one at a time and names the slowest.
/// </summary>
public static class Timings
{
    private static readonly string? Setting = Environment.GetEnvironmentVariable("CPB_TIMINGS");
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static bool Enabled => Setting is "1" or "rules";

    public static bool PerRule => Setting is "rules";

    /// <summary>Times a phase until disposed: <c>using var _ = Timings.Phase("read");</c></summary>
    public static PhaseScope Phase(string name) => new(Enabled ? name : null);

    public static void Write(string line)
    {
        if (Enabled) Console.Error.WriteLine($"[timings] {line}");
    }

    public readonly struct PhaseScope : IDisposable
    {
        private readonly string? _name;
        private readonly long _started;
        private readonly TimeSpan _pauses;
        private readonly TimeSpan _cpu;

        internal PhaseScope(string? name)
        {
            _name = name;
            _started = Clock.ElapsedTicks;
            _pauses = name is null ? default : GC.GetTotalPauseDuration();
            _cpu = name is null ? default : Environment.CpuUsage.TotalTime;
        }

        public void Dispose()
        {
            if (_name is null) return;
            var ms = (Clock.ElapsedTicks - _started) * 1000.0 / Stopwatch.Frequency;
            var cpu = (Environment.CpuUsage.TotalTime - _cpu).TotalMilliseconds;
            Write($"{_name,-28} {ms,8:0} ms wall {cpu,8:0} ms CPU  (GC pauses {(GC.GetTotalPauseDuration() - _pauses).TotalMilliseconds:0} ms, heap {GC.GetTotalMemory(false) >> 20} MB, GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, allocated {GC.GetTotalAllocatedBytes() >> 20} MB, at {Clock.ElapsedMilliseconds} ms)");
        }
    }
}
