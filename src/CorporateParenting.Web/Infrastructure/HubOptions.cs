namespace CorporateParenting.Web.Infrastructure;

/// <summary>Settings under "Hub": who runs this instance and where it keeps its files.</summary>
public sealed class HubOptions
{
    public const string Section = "Hub";
    public string ServiceName { get; set; } = "Corporate Parenting Hub";
    public string CouncilName { get; set; } = "";
    /// <summary>Folder for the SQLite database and, in Development, mail written to disk. Relative to the content root.</summary>
    public string DataDirectory { get; set; } = "data";
    /// <summary>The council's local-authority code as the postcode lookup names it (in or out of area, 20 miles).</summary>
    public string? CouncilCode { get; set; }
    /// <summary>Children aged 0 to 17 living in the area (ONS mid-year estimate), for rates per 10,000.</summary>
    public int? ChildPopulation { get; set; }
}
