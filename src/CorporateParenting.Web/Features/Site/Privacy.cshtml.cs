using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CorporateParenting.Web.Features.Site;

[AllowAnonymous]
public sealed class PrivacyModel : PageModel;
