namespace CorporateParenting.Ssda903.Generation;

public enum OutputFormat { Csv, Xml }

/// <summary>
/// A synthetic council: about <see cref="Children"/> children looked after at 31 March of
/// <see cref="LastYear"/>, with <see cref="Years"/> collection years of returns ending then.
/// </summary>
public sealed record GeneratorOptions(int Children, int Years, int Seed, int LastYear = 2025, OutputFormat Format = OutputFormat.Csv)
{
    public void Validate()
    {
        if (Children is < 1 or > 1_000_000) throw new ArgumentException("--children must be between 1 and 1,000,000.");
        if (Years is < 1 or > 20) throw new ArgumentException("--years must be between 1 and 20.");
        if (LastYear is < 2015 or > 2040) throw new ArgumentException("--last-year must be between 2015 and 2040.");
    }
}
