namespace CorporateParenting.Data.Performance;

/// <summary>
/// Rows written in bulk as part of one audited parent (an import, a recomputation): the parent's audit
/// event covers them, so the audit trail is not flooded with one event per row of child data.
/// </summary>
public interface IBulkRecord
{
    /// <summary>False for a row a person entered by hand, which is audited like any other change.</summary>
    bool WrittenInBulk => true;
}
