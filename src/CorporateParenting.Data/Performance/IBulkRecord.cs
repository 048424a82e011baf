namespace CorporateParenting.Data.Performance;

/// <summary>
/// Rows written in bulk as part of one audited parent (an import, a publication): the parent's audit
/// event covers them, so the audit trail is not flooded with one event per row of child data.
/// </summary>
public interface IBulkRecord;
