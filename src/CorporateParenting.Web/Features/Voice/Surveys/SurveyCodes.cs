using System.Security.Cryptography;
using System.Text;
using CorporateParenting.Data;
using CorporateParenting.Data.Voice;

namespace CorporateParenting.Web.Features.Voice.Surveys;

/// <summary>
/// Single-use survey codes: easy to read aloud and type (no 0/O, 1/I/L), any case, spaces and dashes ignored.
/// Only the SHA-256 of the normalised code is stored, with "used" (ADR 22); the codes themselves are shown once.
/// </summary>
public static class SurveyCodes
{
    /// <summary>Capitals and digits a child cannot mistake for one another.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 8;
    public const int MaxBatch = 500;

    /// <summary>A new random code, shown in two groups of four ("K7RM-3XQP").</summary>
    public static string NewCode()
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars, 0, 4) + "-" + new string(chars, 4, 4);
    }

    /// <summary>What a child typed, as the code it names: capitals, without spaces or dashes. Null when it cannot be a code.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var code = new StringBuilder(Length);
        foreach (var c in typed)
        {
            if (c is ' ' or '-' or '\u2010' or '\u2013') continue;
            code.Append(char.ToUpperInvariant(c));
        }
        var value = code.ToString();
        return value.Length == Length && value.All(Alphabet.Contains) ? value : null;
    }

    public static string Hash(string normalisedCode) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalisedCode)));

    /// <summary>
    /// Makes a batch of codes for a band and stores their hashes; returns the codes, which are never stored and
    /// never shown again. A collision with an existing hash (about one in 10^12) is simply drawn again.
    /// </summary>
    public static async Task<IReadOnlyList<string>> MakeBatchAsync(HubDbContext db, SurveyBand band, int count, string createdBy, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxBatch);
        var codes = new List<string>(count);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        while (codes.Count < count)
        {
            var code = NewCode();
            if (hashes.Add(Hash(Normalise(code)!))) codes.Add(code);
        }
        var taken = db.SurveyCodes.Where(c => hashes.Contains(c.CodeHash)).Select(c => c.CodeHash).ToHashSet();
        foreach (var clash in taken)
        {
            var index = codes.FindIndex(c => Hash(Normalise(c)!) == clash);
            string again;
            do again = NewCode(); while (!hashes.Add(Hash(Normalise(again)!)) || db.SurveyCodes.Any(c => c.CodeHash == Hash(Normalise(again)!)));
            codes[index] = again;
        }
        var batch = new SurveyCodeBatch { SurveyBandId = band.Id, Count = count, CreatedAtUtc = nowUtc, CreatedBy = createdBy };
        db.SurveyCodeBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        // The batch is audited (who, when, how many); the hashes are not copied into the audit trail (ADR 22).
        await using var unaudited = AnonymousWrites.ContextLike(db);
        unaudited.SurveyCodes.AddRange(codes.Select(c => new SurveyCode { SurveyBandId = band.Id, BatchId = batch.Id, CodeHash = Hash(Normalise(c)!) }));
        await unaudited.SaveChangesAsync(cancellationToken);
        return codes;
    }
}
