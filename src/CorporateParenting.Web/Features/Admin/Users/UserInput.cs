using CorporateParenting.Data;
using CorporateParenting.Data.Identity;
using CorporateParenting.Web.Authorization;
using CorporateParenting.Web.Infrastructure;
using FluentValidation;

namespace CorporateParenting.Web.Features.Admin.Users;

/// <summary>The name and roles an administrator sets for a user, shared by create and edit.</summary>
public class UserDetailsInput
{
    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];
}

/// <summary>The checks both forms make of a user's details (ADR 18).</summary>
internal static class UserDetailsChecks
{
    public static void Check<TPage>(FormValidator<TPage> validator, HubDbContext db, System.Linq.Expressions.Expression<Func<TPage, UserDetailsInput>> input)
    {
        validator.RuleFor(input).ChildRules(details =>
        {
            details.RuleFor(d => d.DisplayName).Required("Enter the person's full name", db.MaxLength<HubUser>(u => u.DisplayName));
            details.RuleFor(d => d.Roles).NotEmpty().WithMessage("Select at least one role")
                .Must(roles => roles.All(r => HubRoles.All.Any(known => known.Name == r))).WithMessage("Select roles from the list");
        });
    }
}

public sealed class EditUserChecks : FormValidator<EditModel>
{
    public EditUserChecks(HubDbContext db) => UserDetailsChecks.Check(this, db, p => p.Input);
}

public sealed class CreateUserChecks : FormValidator<CreateModel>
{
    public CreateUserChecks(HubDbContext db)
    {
        UserDetailsChecks.Check(this, db, p => p.Input);
        // A sign-in is the bare address; "Name <address>" pasted from Outlook is accepted and reduced to it.
        RuleFor(p => p.Input.Email).NotEmpty().WithMessage("Enter an email address")
            .Must(e => EmailAddresses.AddressIn(e) is { } a && a.Length <= db.MaxLength<HubUser>(u => u.Email))
            .WithMessage("Enter an email address in the correct format, like name@example.com");
        RuleFor(p => p.Input.Password).NotEmpty().When(p => p.Input.Access == CreateModel.AccessMethod.Password).WithMessage("Enter a temporary password");
    }
}
