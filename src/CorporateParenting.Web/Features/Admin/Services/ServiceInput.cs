using CorporateParenting.Data.Services;
using CorporateParenting.Web.Features.Performance.Children;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CorporateParenting.Web.Features.Admin.Services;

/// <summary>A service's name, its rule over the 903 and its managers, as an administrator enters them.</summary>
public sealed class ServiceInput
{
    public string? Name { get; set; } = "";
    public ServiceRuleKind? Rule { get; set; }
    public List<string> PlacementCodes { get; set; } = [];
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    public List<string> ManagerIds { get; set; } = [];

    public const int OldestAge = 25;

    public static ServiceInput From(Service service) => new()
    {
        Name = service.Name, Rule = service.Rule, PlacementCodes = [.. service.PlacementCodeList],
        MinAge = service.MinAge, MaxAge = service.MaxAge, ManagerIds = service.Managers.Select(m => m.UserId).ToList(),
    };

    /// <summary>Checks every field against the rule chosen; <paramref name="otherNames"/> are the other services' names.</summary>
    public void Validate(ModelStateDictionary modelState, IReadOnlyCollection<string> otherNames, IReadOnlyCollection<string> managerIds)
    {
        var name = (Name ?? "").Trim();
        if (name.Length == 0) modelState.AddModelError("Input.Name", "Enter the service's name");
        else if (name.Length > 100) modelState.AddModelError("Input.Name", "The service's name must be 100 characters or fewer");
        else if (otherNames.Contains(name, StringComparer.OrdinalIgnoreCase)) modelState.AddModelError("Input.Name", $"There is already a service called {name}");

        if (Rule is not { } rule || !Enum.IsDefined(rule)) { modelState.AddModelError("Input.Rule", "Select which children the service serves"); return; }
        if (rule == ServiceRuleKind.PlacementTypes)
        {
            if (PlacementCodes.Count == 0) modelState.AddModelError("Input.PlacementCodes", "Select at least one placement type");
            else if (PlacementCodes.FirstOrDefault(c => ServiceRules.PlacementCodes.All(known => known.Code != c)) is { } unknown)
                modelState.AddModelError("Input.PlacementCodes", $"{unknown} is not a 903 placement type: select placement types from the list");
        }
        if (rule == ServiceRuleKind.AgeAtYearEnd)
        {
            if (MinAge is null) modelState.AddModelError("Input.MinAge", "Enter the youngest age the service serves");
            if (MaxAge is null) modelState.AddModelError("Input.MaxAge", "Enter the oldest age the service serves");
        }
        if (rule is ServiceRuleKind.AgeAtYearEnd or ServiceRuleKind.CareLeavers)
        {
            if (MinAge is < 0 or > OldestAge) modelState.AddModelError("Input.MinAge", $"The youngest age must be from 0 to {OldestAge}");
            if (MaxAge is < 0 or > OldestAge) modelState.AddModelError("Input.MaxAge", $"The oldest age must be from 0 to {OldestAge}");
            if (MinAge is { } min && MaxAge is { } max && min > max) modelState.AddModelError("Input.MaxAge", "The oldest age must be the same as or more than the youngest age");
        }
        if (ManagerIds.Any(id => !managerIds.Contains(id))) modelState.AddModelError("Input.ManagerIds", "Select service managers from the list");
    }

    /// <summary>Copies the input to the service, keeping only the parameters its rule uses.</summary>
    public void ApplyTo(Service service)
    {
        service.Name = (Name ?? "").Trim();
        service.Rule = Rule!.Value;
        service.PlacementCodes = Rule == ServiceRuleKind.PlacementTypes
            ? string.Join(",", ServiceRules.PlacementCodes.Select(c => c.Code).Where(PlacementCodes.Contains))
            : null;
        var usesAges = Rule is ServiceRuleKind.AgeAtYearEnd or ServiceRuleKind.CareLeavers;
        service.MinAge = usesAges ? MinAge : null;
        service.MaxAge = usesAges ? MaxAge : null;
        service.Managers.RemoveAll(m => !ManagerIds.Contains(m.UserId));
        foreach (var id in ManagerIds.Distinct().Where(id => service.Managers.All(m => m.UserId != id)))
            service.Managers.Add(new ServiceAssignment { UserId = id });
    }
}
