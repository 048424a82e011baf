namespace CorporateParenting.Web.Features.AnnualReports;

public static class AnnualReportSectionRegistration
{
    /// <summary>Every <see cref="IAnnualReportSection"/> in the Hub, scoped: a new section is found without touching start-up.</summary>
    public static IServiceCollection AddAnnualReportSections(this IServiceCollection services)
    {
        var sections = typeof(IAnnualReportSection).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAnnualReportSection).IsAssignableFrom(t));
        foreach (var section in sections) services.AddScoped(typeof(IAnnualReportSection), section);
        services.AddScoped<AnnualReportDrafter>();
        services.AddScoped<AnnualReportWorkflow>();
        services.AddScoped<AnnualReportAccess>();
        return services;
    }
}
