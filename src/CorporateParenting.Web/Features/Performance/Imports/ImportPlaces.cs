using CorporateParenting.Ssda903.Places;
using CorporateParenting.Ssda903.Reading;

namespace CorporateParenting.Web.Features.Performance.Imports;

/// <summary>
/// The ONS postcode directory and Ofsted provider list an analyst may upload beside a return (ADR 21): staged under
/// names of their own, so the check reads them as reference files, not as tables of the return.
/// </summary>
public static class ImportPlaces
{
    public const string PostcodesName = "_reference-onspd-postcodes.csv";
    public const string ProvidersName = "_reference-ofsted-providers.csv";

    public static bool IsReference(string path) => Path.GetFileName(path) is PostcodesName or ProvidersName;

    /// <summary>Reads a whole uploaded file now, so that a malformed one is refused on the upload page with its line.</summary>
    public static string? Problem(IFormFile? file, Func<string, Stream, object> read)
    {
        if (file is null) return null;
        if (!file.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) return $"{file.FileName} is not a CSV file";
        try
        {
            using var stream = file.OpenReadStream();
            read(file.FileName, stream);
            return null;
        }
        catch (PlacesFileException e)
        {
            return e.Message;
        }
    }

    /// <summary>The staged reference files, for the council (its DfE number or ONS code from the settings, or else found from home postcodes).</summary>
    public static PlaceLookups Load(IReadOnlyList<string> paths, string? councilCode, List<ReadError> errors)
    {
        PostcodeDirectory? postcodes = null;
        ProviderDirectory? providers = null;
        foreach (var path in paths)
        {
            try
            {
                if (Path.GetFileName(path) == PostcodesName) postcodes = PostcodeDirectory.Read("postcode directory", File.OpenRead(path));
                else if (Path.GetFileName(path) == ProvidersName) providers = ProviderDirectory.Read("provider list", File.OpenRead(path));
            }
            catch (PlacesFileException e)
            {
                errors.Add(new ReadError(Path.GetFileName(path), null, null, null, e.Message));
            }
        }
        var council = councilCode is { Length: > 0 } code && LocalAuthorities.Number(code) is not null ? code : null;
        return new PlaceLookups(postcodes, providers, council);
    }
}
