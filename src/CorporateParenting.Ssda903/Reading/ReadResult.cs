using CorporateParenting.Ssda903.Tables;

namespace CorporateParenting.Ssda903.Reading;

/// <summary>A file offered to the reader: its name and a way to open it (once).</summary>
public sealed record ReturnFile(string Name, Func<Stream> Open);

/// <summary>What a file was taken to be, how many data rows it had, and how it was recognised.</summary>
public sealed record RecognisedFile(string Name, TableKind? Table, int Rows, string HowRecognised);

/// <summary>A problem with the input: file, physical line (1-based), column, the value and what was expected.</summary>
public sealed record ReadError(string File, int? Line, string? Column, string? Value, string Message)
{
    public override string ToString() =>
        $"{File}{(Line is null ? "" : $", line {Line}")}{(Column is null ? "" : $", column {Column}")}: {Message}{(Value is null ? "" : $" (found '{Value}')")}";
}

/// <summary>The year read (null when nothing usable was read), what each file was, and every error.</summary>
public sealed record ReadResult(ReturnYear? Year, IReadOnlyList<RecognisedFile> Files, IReadOnlyList<ReadError> Errors, string YearSource)
{
    public bool Succeeded => Year is not null && Errors.Count == 0;
}

/// <summary>Bounds that keep hostile input from exhausting memory.</summary>
public sealed record ReadLimits(long MaxFileBytes = 2_000_000_000, int MaxRecordChars = 100_000, int MaxErrors = 1_000);
