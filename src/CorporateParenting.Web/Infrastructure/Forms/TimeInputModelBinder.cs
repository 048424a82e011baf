using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CorporateParenting.Web.Infrastructure;

/// <summary>
/// Binds a <see cref="TimeOnly"/> from one text field in either style the GOV.UK Design System accepts: the 24-hour
/// clock ("14:30", "1430", "14.30") or the 12-hour clock with am or pm ("2:30pm", "2pm", "2.30 PM"), plus "midday" and
/// "midnight" (ADR 36). An empty field is null, for the page's own "Enter …" message.
/// </summary>
public sealed partial class TimeInputModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var name = bindingContext.ModelName;
        var value = bindingContext.ValueProvider.GetValue(name);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        bindingContext.ModelState.SetModelValue(name, value);

        var text = value.FirstValue?.Trim() ?? "";
        if (text.Length == 0)
        {
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType) bindingContext.Result = ModelBindingResult.Success(null);
            else bindingContext.ModelState.TryAddModelError(name, $"Enter {DateInput.Lower(DateInputModelBinder.FieldName(bindingContext.ModelMetadata))}");
            return Task.CompletedTask;
        }
        if (Read(text) is { } time) bindingContext.Result = ModelBindingResult.Success(time);
        else
        {
            bindingContext.ModelState.TryAddModelError(name, $"{DateInputModelBinder.FieldName(bindingContext.ModelMetadata)} must be a real time, like 14:30 or 2:30pm");
            bindingContext.Result = ModelBindingResult.Failed();
        }
        return Task.CompletedTask;
    }

    public static TimeOnly? Read(string text)
    {
        text = text.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace(".", ":", StringComparison.Ordinal);
        if (text is "midday" or "noon" or "12noon") return new TimeOnly(12, 0);
        if (text is "midnight" or "12midnight") return new TimeOnly(0, 0);
        var match = Clock().Match(text);
        if (!match.Success) return null;
        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        if (minute > 59) return null;
        if (match.Groups["half"].Success)
        {
            if (hour is < 1 or > 12) return null;
            hour = hour % 12 + (match.Groups["half"].Value == "pm" ? 12 : 0);
        }
        else if (hour > 23 || !match.Groups["minute"].Success) return null; // "14" alone could be a typing slip: ask for minutes
        return new TimeOnly(hour, minute);
    }

    // 24-hour "14:30", "1430", or 12-hour "2pm", "2:30pm"; seconds (":00") as a browser's time field once sent them.
    [GeneratedRegex(@"^(?<hour>\d{1,2})(?::?(?<minute>\d{2})(?::00)?)?(?<half>am|pm)?$")]
    private static partial Regex Clock();
}

public sealed class TimeInputModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(TimeOnly) ? new TimeInputModelBinder() : null;
}
