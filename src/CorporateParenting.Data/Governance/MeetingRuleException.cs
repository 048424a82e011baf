namespace CorporateParenting.Data.Governance;

/// <summary>
/// A change the meeting's state forbids (its minutes are approved, the next meeting has not taken
/// place...). The message is written for the person who tried: pages show it as a form error.
/// </summary>
public sealed class MeetingRuleException(string message) : InvalidOperationException(message);
