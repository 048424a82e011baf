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
    /// <summary>
    /// The address users open the Hub at, like https://hub.council.gov.uk. Every link the Hub sends out (e-mails,
    /// invitations, calendar feeds, <c>create-admin</c>) is built from it, never from a request's Host header,
    /// which anyone can forge. Required outside Development, and then it must be https.
    /// </summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>An absolute link to one of the Hub's own paths ("/Account/SetPassword?...").</summary>
    public string LinkTo(string pathAndQuery) => PublicUrl.TrimEnd('/') + pathAndQuery;
}
