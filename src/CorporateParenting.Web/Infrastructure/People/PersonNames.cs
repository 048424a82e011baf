using CorporateParenting.Data;
using CorporateParenting.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Web.Infrastructure.People;

/// <summary>
/// The one way a page shows a person: the records keep who did what as a sign-in e-mail address (it is what is
/// matched, ADR 11), and this turns it into the account's display name and role. Someone without an account
/// (a partner whose address is only a reminder target) is shown by the address; anything that is not an
/// address (a name typed into a record, "Head of Fostering") is shown as typed.
/// Scoped: the accounts are read once per request, on first use, and only by a page that shows a person.
/// </summary>
public sealed class PersonNames(HubDbContext db)
{
    /// <summary>A person as shown: their name and their roles in plain words, the first being the one shown beside the name.</summary>
    public sealed record Person(string Name, string Email, IReadOnlyList<string> Roles)
    {
        public string NameAndRole => Roles.Count == 0 ? Name : $"{Name}, {Roles[0]}";
    }

    private Dictionary<string, Person>? _byEmail;

    public async Task<Person?> FindAsync(string? who, CancellationToken cancellationToken = default)
    {
        if (EmailAddresses.AddressIn(who) is not { } address) return null;
        var people = await LoadAsync(cancellationToken);
        return people.GetValueOrDefault(address);
    }

    /// <summary>"Priya Sharma" for an account holder; the address for anyone else; a name as typed.</summary>
    public async Task<string> NameAsync(string? who, CancellationToken cancellationToken = default) =>
        await FindAsync(who, cancellationToken) is { } person ? person.Name : who?.Trim() ?? "";

    /// <summary>
    /// Someone recorded with a name and an address (a paper's or an action's owner): the account holder's name when the
    /// address is an account's, else the name as recorded ("Head of Revenues"), the address only when there is no name.
    /// </summary>
    public async Task<string> NameAsync(string? email, string? name, CancellationToken cancellationToken = default) =>
        await FindAsync(email, cancellationToken) is { } person ? person.Name
        : !string.IsNullOrWhiteSpace(name) ? name.Trim() : email?.Trim() ?? "";

    /// <summary>"Priya Sharma, Board officer" for an account holder; otherwise as <see cref="NameAsync"/>.</summary>
    public async Task<string> NameAndRoleAsync(string? who, CancellationToken cancellationToken = default) =>
        await FindAsync(who, cancellationToken) is { } person ? person.NameAndRole : who?.Trim() ?? "";

    private async Task<Dictionary<string, Person>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_byEmail is not null) return _byEmail;
        var users = await db.Users.AsNoTracking().Where(u => u.Email != null)
            .Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(cancellationToken);
        var roles = (await (from ur in db.UserRoles.AsNoTracking()
                            join r in db.Roles.AsNoTracking() on ur.RoleId equals r.Id
                            select new { ur.UserId, r.Name }).ToListAsync(cancellationToken))
            .ToLookup(x => x.UserId, x => x.Name!);
        // Roles in the order of HubRoles.All, so the first is the most senior the person holds.
        var order = HubRoles.All.Select((r, i) => (r.Name, i)).ToDictionary(x => x.Name, x => x.i);
        _byEmail = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        foreach (var u in users)
        {
            var plain = roles[u.Id].OrderBy(r => order.GetValueOrDefault(r, int.MaxValue)).Select(HubRoles.DisplayName).ToList();
            _byEmail[u.Email!] = new Person(string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email! : u.DisplayName.Trim(), u.Email!, plain);
        }
        return _byEmail;
    }
}
