using System.Globalization;

namespace CorporateParenting.Cli;

/// <summary>Plain "--name value" options and positional values, with errors that say what is wrong.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args, params string[] known)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal)) { Positional.Add(list[i]); continue; }
            var name = list[i][2..];
            if (!known.Contains(name)) throw new UsageException($"unknown option --{name}");
            if (i + 1 >= list.Count) throw new UsageException($"--{name} needs a value");
            _options[name] = list[++i];
        }
    }

    public List<string> Positional { get; } = [];

    public string? Text(string name) => _options.GetValueOrDefault(name);

    public int? Number(string name) =>
        _options.TryGetValue(name, out var value)
            ? int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new UsageException($"--{name} must be a whole number, not '{value}'")
            : null;

    public int Required(string name) => Number(name) ?? throw new UsageException($"--{name} is required");
}

internal sealed class UsageException(string message) : Exception(message);

internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The command ran and found problems in the data (validation failures, unreadable files).</summary>
    public const int DataProblems = 1;
    public const int Usage = 2;
}
