namespace CorporateParenting.Data.CorporateParents;

/// <summary>
/// A school that children looked after attend, its designated teacher and link governor. The number of the
/// council's children there comes from the Virtual School (the 903 has no school), shown through disclosure control.
/// </summary>
public sealed class School
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Urn { get; set; }
    public string? DesignatedTeacher { get; set; }
    public string? DesignatedTeacherEmail { get; set; }
    public string? LinkGovernor { get; set; }
    public int? ChildrenOnRoll { get; set; }
    public DateOnly? CountedOn { get; set; }
}

public enum DecisionMaker { Cabinet, FullCouncil, Budget, Committee, Officer }

/// <summary>The corporate-parenting check a cabinet or budget proposal records: what it means for children in care and care leavers.</summary>
public sealed class DecisionCheck
{
    public int Id { get; set; }
    public required string Proposal { get; set; }
    public DecisionMaker DecisionMaker { get; set; }
    public DateOnly DecidedOn { get; set; }
    public required string WhatItMeans { get; set; }
    /// <summary>The proposal changed because of the check.</summary>
    public bool Changed { get; set; }
    public string? HowItChanged { get; set; }
    public string? Link { get; set; }
}
