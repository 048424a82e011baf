using FluentValidation;
using FluentValidation.Internal;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CorporateParenting.Web.Infrastructure;

/// <summary>
/// Runs a page's <see cref="FormValidator{TPage}"/> after binding and before a POST handler: the handler's
/// own rule set (<c>OnPostActionAsync</c> runs "Action"), the default rules for <c>OnPostAsync</c>. Errors go
/// into ModelState, so the page redisplays what was typed as before. A field the framework could not
/// bind (a date typed as text) keeps that plain message alone.
/// </summary>
public sealed class FormValidationFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (HttpMethods.IsPost(context.HttpContext.Request.Method)
            && context.HttpContext.RequestServices.GetService(typeof(IValidator<>).MakeGenericType(context.HandlerInstance.GetType())) is IValidator validator)
        {
            var ruleSet = string.IsNullOrEmpty(context.HandlerMethod?.Name) ? RulesetValidatorSelector.DefaultRuleSetName : context.HandlerMethod.Name;
            var result = await validator.ValidateAsync(
                new ValidationContext<object>(context.HandlerInstance, new PropertyChain(), new RulesetValidatorSelector([ruleSet])), context.HttpContext.RequestAborted);
            foreach (var error in result.Errors)
                if (context.ModelState[error.PropertyName] is not { Errors.Count: > 0 }) context.ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
        await next();
    }
}

public static class FormValidation
{
    /// <summary>Every page's validator (scoped: they read column lengths from the DbContext's model) and the filter that runs them.</summary>
    public static IServiceCollection AddFormValidation(this IServiceCollection services)
    {
        foreach (var type in typeof(FormValidation).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
                services.AddScoped(contract, type);
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options =>
        {
            options.Filters.Add<FormValidationFilter>();
            // One approach: a non-nullable string is not silently "required" with the framework's wording ("The Dimension field is required").
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            // Dates as the GOV.UK date input, times as text, and the Design System's words for what cannot be read (ADR 36).
            options.UseGovukBinding();
        });
        return services;
    }
}
