namespace CorporateParenting.Web.Infrastructure.Startup;

public static class HubPipeline
{
    public static WebApplication UseHubPipeline(this WebApplication app)
    {
        app.UseTrustedForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // Users see the GOV.UK error page, never a stack trace.
            app.UseExceptionHandler("/Error/500");
            app.UseHsts();
            app.UseHttpsOnly();
        }
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseUploadLimits();
        app.MapRazorPages();
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }
}
