namespace CorporateParenting.Ssda903.Tables;

/// <summary>The tables of the SSDA903 return, named as in the DfE rule catalogue.</summary>
public enum TableKind
{
    Header,
    Episodes,
    Reviews,
    UASC,
    OC2,
    OC3,
    AD1,
    PlacedAdoption,
    PrevPerm,
    Missing,
    SWEpisodes,
}
