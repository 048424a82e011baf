using CorporateParenting.Data.Governance;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CorporateParenting.Web.Features.Governance.WorkProgramme;

/// <summary>The board's meetings as iCalendar (RFC 5545), in UK time, two hours each, one stable UID per meeting.</summary>
public static class MeetingCalendar
{
    public static string Write(IEnumerable<Meeting> meetings, string councilName, string baseUrl)
    {
        var calendar = new Calendar { ProductId = "-//Corporate Parenting Hub//Meetings//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"{councilName}: Corporate Parenting Board");
        calendar.AddTimeZone("Europe/London");   // RFC 5545: a TZID used by an event needs its VTIMEZONE
        foreach (var meeting in meetings)
        {
            var start = meeting.Date.ToDateTime(meeting.StartTime);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"meeting-{meeting.Id}@corporate-parenting-hub",
                Summary = "Corporate Parenting Board" + (meeting.Theme is null ? "" : $": {meeting.Theme}"),
                Location = meeting.Place,
                DtStart = new CalDateTime(start, "Europe/London"),
                DtEnd = new CalDateTime(start.AddHours(2), "Europe/London"),
                Description = $"Agenda and papers: {baseUrl}/Governance/Meetings/Show/{meeting.Id}",
                Status = "CONFIRMED",
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
