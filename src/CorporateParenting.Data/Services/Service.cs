namespace CorporateParenting.Data.Services;

/// <summary>How a service's children are picked out of the 903 (ADR 14). One kind per service, with its parameters.</summary>
public enum ServiceRuleKind
{
    /// <summary>Children in one of <see cref="Service.PlacementCodes"/> at any time in the collection year (fostering: U1-U6).</summary>
    PlacementTypes = 1,
    /// <summary>Children looked after in the year whose age at 31 March is from <see cref="Service.MinAge"/> to <see cref="Service.MaxAge"/> (virtual school: 5-15).</summary>
    AgeAtYearEnd = 2,
    /// <summary>Unaccompanied asylum-seeking children, while they are so in the collection year.</summary>
    Uasc = 3,
    /// <summary>Care leavers with an OC3 record for the year, optionally only those whose age at 31 March is in the range.</summary>
    CareLeavers = 4,
}

/// <summary>
/// A service of the council (fostering, residential, leaving care, the virtual school...) as a named scope over the
/// 903: the children it serves. Service managers assigned to it see those children's records and no others.
/// </summary>
public sealed class Service
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ServiceRuleKind Rule { get; set; }
    /// <summary>903 placement codes (PLACE), comma-separated, for <see cref="ServiceRuleKind.PlacementTypes"/>.</summary>
    public string? PlacementCodes { get; set; }
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    public List<ServiceAssignment> Managers { get; set; } = [];

    public IReadOnlyList<string> PlacementCodeList =>
        (PlacementCodes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A service manager (a user) assigned to a service. A manager may serve several.</summary>
public sealed class ServiceAssignment
{
    public int ServiceId { get; set; }
    public required string UserId { get; set; }
}
