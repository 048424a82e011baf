using CorporateParenting.Cli;
using CorporateParenting.Cli.Commands;

const string usage = """
    cpb: the Corporate Parenting Hub's SSDA903 tool

      cpb generate --children N --years Y --seed S --out DIR [--format csv|xml] [--last-year 2025]
          write a synthetic multi-year return, one folder per collection year, with the postcode
          directory (postcodes.csv) and provider list (providers.csv) its postcodes and URNs come from
      cpb inspect DIR
          what each file was recognised as, with row counts
      cpb validate DIR... [--year 2025] [--out errors.csv] [--postcodes ONSPD.csv] [--providers OFSTED.csv] [--la 805]
          check a year's return against the DfE rules (the year before may be given too); the ONS postcode
          directory, Ofsted's provider list and the council's LA number let the place and URN rules run
      cpb measure DIR... --year 2025 [--format table|csv|json] [--population N]
          the national measures for the year ending 31 March 2025

    Each DIR holds one collection year (its name may carry the year, e.g. 2025); CSV files among them
    are taken as the postcode directory or provider list (so DIR/* after generate uses them).
    Exit codes: 0 ok, 1 problems found in the data, 2 usage error.
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(usage);
    return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
}
try
{
    var rest = args.Skip(1).ToArray();
    return args[0] switch
    {
        "generate" => GenerateCommand.Run(rest),
        "inspect" => InspectCommand.Run(rest),
        "validate" => ValidateCommand.Run(rest),
        "measure" => MeasureCommand.Run(rest),
        _ => throw new UsageException($"unknown command '{args[0]}'"),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine($"cpb: {e.Message}");
    Console.Error.WriteLine(usage);
    return ExitCodes.Usage;
}
