using System.Security.Claims;

namespace CorporateParenting.Web.Features.Home.Panels;

/// <summary>Where a task stands, shown as a GOV.UK tag: nothing, "New", "Due" or "Overdue".</summary>
public enum TaskState { None, New, Due, Overdue }

/// <summary>One line of a home page: what to do (or know) in words, the page where it is done, and when it is due.</summary>
public sealed record HomeTask(string Words, string Link, TaskState State = TaskState.None, DateOnly? Due = null, string? Detail = null)
{
    public string? Tag => State switch
    {
        TaskState.New => "New",
        TaskState.Due => "Due",
        TaskState.Overdue => "Overdue",
        _ => null,
    };

    public string TagClass => State switch
    {
        TaskState.New => "govuk-tag--blue",
        TaskState.Due => "govuk-tag--yellow",
        _ => "govuk-tag--red",
    };
}

/// <summary>A titled group of tasks on a role's panel ("Your next meeting", "Papers").</summary>
public sealed record TaskGroup(string Heading, IReadOnlyList<HomeTask> Tasks, string WhenEmpty);

/// <summary>One role's panel: its heading and its groups of tasks, most urgent first within each group.</summary>
public sealed record HomePanel(string Role, string Heading, IReadOnlyList<TaskGroup> Groups)
{
    public string Id => "panel-" + Role.ToLowerInvariant();
}

/// <summary>Who the home page is for: their identity, sign-in address and the UK day.</summary>
public sealed record HomeViewer(ClaimsPrincipal User, string Email, string? UserId, DateOnly Today, DateTime NowUtc);

/// <summary>A role's panel, built from the record through the feature folders' own queries.</summary>
public interface IHomePanel
{
    Task<HomePanel> BuildAsync(HomeViewer viewer, CancellationToken cancellationToken);
}

/// <summary>Overdue first, then due, then new, then the rest; earliest date first within each.</summary>
public static class TaskOrder
{
    public static IReadOnlyList<HomeTask> Urgent(this IEnumerable<HomeTask> tasks) =>
        tasks.OrderByDescending(t => t.State == TaskState.Overdue).ThenByDescending(t => t.State == TaskState.Due)
            .ThenByDescending(t => t.State == TaskState.New).ThenBy(t => t.Due ?? DateOnly.MaxValue).ToList();
}
