using System.ComponentModel.DataAnnotations;
using CorporateParenting.Web.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CorporateParenting.Web.Features.Admin.Users;

/// <summary>The name and roles an administrator sets for a user, shared by create and edit.</summary>
public class UserDetailsInput
{
    [Required(ErrorMessage = "Enter the person's full name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
    public string DisplayName { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    public void Validate(ModelStateDictionary modelState)
    {
        if (Roles.Count == 0) modelState.AddModelError("Input.Roles", "Select at least one role");
        else if (Roles.Any(r => HubRoles.All.All(known => known.Name != r))) modelState.AddModelError("Input.Roles", "Select roles from the list");
    }
}
