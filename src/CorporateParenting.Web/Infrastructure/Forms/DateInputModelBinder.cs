using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace CorporateParenting.Web.Infrastructure;

/// <summary>The three fields of a GOV.UK date input, in the order the page shows them.</summary>
[Flags]
public enum DatePart { None = 0, Day = 1, Month = 2, Year = 4, All = Day | Month | Year }

/// <summary>
/// Binds a <see cref="DateOnly"/> (or <see cref="DateTime"/>) from the GOV.UK date input's three fields, <c>X.Day</c>,
/// <c>X.Month</c> and <c>X.Year</c> (ADR 36), with the Design System's messages: "Date of the visit must include a month",
/// "… must be a real date". What was typed in each field stays in ModelState, so a failed save shows it again, and the
/// fields in error are remembered for the page (<see cref="DateInputErrors"/>). A request that carries no day, month or
/// year field (a link with <c>?From=2026-04-01</c>) is bound as before from <c>X</c>.
/// When all three fields are empty the value is null: the page's own check says "Enter …" in its words.
/// </summary>
public sealed class DateInputModelBinder(IModelBinder single) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var name = bindingContext.ModelName;
        var values = bindingContext.ValueProvider;
        var fields = new[] { DatePart.Day, DatePart.Month, DatePart.Year }.Select(part => (Part: part, Value: values.GetValue($"{name}.{part}"))).ToList();
        if (fields.All(f => f.Value == ValueProviderResult.None)) return single.BindModelAsync(bindingContext);

        foreach (var (part, value) in fields)
        {
            bindingContext.ModelState.SetModelValue($"{name}.{part}", value);
            // Not a property of the model: nothing validates it, and an unvalidated entry would make the form invalid.
            bindingContext.ModelState.MarkFieldSkipped($"{name}.{part}");
        }

        var read = DateInput.Read(fields[0].Value.FirstValue, fields[1].Value.FirstValue, fields[2].Value.FirstValue, FieldName(bindingContext.ModelMetadata));
        if (read.Error is { } error)
        {
            bindingContext.ModelState.TryAddModelError(name, error);
            DateInputErrors.Mark(bindingContext.HttpContext, name, read.PartsInError);
            bindingContext.Result = ModelBindingResult.Failed();
        }
        else if (read.Date is { } date)
            bindingContext.Result = ModelBindingResult.Success(bindingContext.ModelMetadata.UnderlyingOrModelType == typeof(DateTime) ? date.ToDateTime(TimeOnly.MinValue) : date);
        else if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
            bindingContext.Result = ModelBindingResult.Success(null);
        else
        {
            bindingContext.ModelState.TryAddModelError(name, $"Enter {DateInput.Lower(FieldName(bindingContext.ModelMetadata))}");
            DateInputErrors.Mark(bindingContext.HttpContext, name, DatePart.All);
            bindingContext.Result = ModelBindingResult.Failed();
        }
        return Task.CompletedTask;
    }

    /// <summary>The field's name in messages: its [Display(Name)] or its property name in words ("DueDate" is "Due date").</summary>
    public static string FieldName(Microsoft.AspNetCore.Mvc.ModelBinding.ModelMetadata metadata) =>
        metadata.DisplayName ?? BindingMessages.Words(metadata.PropertyName ?? metadata.Name ?? "Date");
}

/// <summary>Reads the three fields of a date input: the date, or the Design System's message and the fields it is about.</summary>
public static class DateInput
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public sealed record Reading(DateOnly? Date, string? Error, DatePart PartsInError);

    public static Reading Read(string? day, string? month, string? year, string name)
    {
        day = day?.Trim() ?? ""; month = month?.Trim() ?? ""; year = year?.Trim() ?? "";
        var missing = (day.Length == 0 ? DatePart.Day : 0) | (month.Length == 0 ? DatePart.Month : 0) | (year.Length == 0 ? DatePart.Year : 0);
        if (missing == DatePart.All) return new(null, null, DatePart.None);
        if (missing != DatePart.None) return new(null, $"{name} must include {Missing(missing)}", missing);

        var unreadable = (Number(day) is null ? DatePart.Day : 0) | (Month(month) is null ? DatePart.Month : 0) | (Number(year) is null ? DatePart.Year : 0);
        if (unreadable != DatePart.None) return new(null, $"{name} must be a real date", unreadable);
        int d = Number(day)!.Value, m = Month(month)!.Value, y = Number(year)!.Value;
        if (year.Length != 4) return new(null, $"{name} must include a year with 4 numbers", DatePart.Year);
        if (m is < 1 or > 12) return new(null, $"{name} must be a real date", DatePart.Month);
        if (d < 1 || d > DateTime.DaysInMonth(y, m)) return new(null, $"{name} must be a real date", DatePart.Day);
        return new(new DateOnly(y, m, d), null, DatePart.None);
    }

    /// <summary>"Date of the visit" becomes "date of the visit" (an acronym such as "DBS check date" stays as it is).</summary>
    public static string Lower(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static string Missing(DatePart parts) => parts switch
    {
        DatePart.Day => "a day",
        DatePart.Month => "a month",
        DatePart.Year => "a year",
        DatePart.Day | DatePart.Month => "a day and month",
        DatePart.Day | DatePart.Year => "a day and year",
        _ => "a month and year",
    };

    private static int? Number(string text) =>
        text.Length is > 0 and <= 4 && text.All(char.IsAsciiDigit) ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    /// <summary>A month as a number or a name, as the Design System advises accepting ("3", "Mar", "March").</summary>
    private static int? Month(string text)
    {
        if (Number(text) is { } number) return number;
        if (text.Length < 3) return null;
        var index = Array.FindIndex(MonthNames, m => m.Length > 0 && m.StartsWith(text, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index + 1;
    }
}

/// <summary>Which fields of a date input were in error in this request, so the page marks only those and the error summary links to the first.</summary>
public static class DateInputErrors
{
    private static string Key(string modelName) => "govuk-date-input:" + modelName;

    public static void Mark(HttpContext context, string modelName, DatePart parts) => context.Items[Key(modelName)] = parts;

    /// <summary>The fields to mark for an error on <paramref name="modelName"/>: those the binder found, or all three for a page's own message.</summary>
    public static DatePart InError(HttpContext context, string modelName) =>
        context.Items.TryGetValue(Key(modelName), out var parts) && parts is DatePart marked ? marked : DatePart.All;

    /// <summary>The field an error summary links to: the first date field in error when the key is a date input's, else the key itself.</summary>
    public static string LinkTarget(HttpContext context, ModelStateDictionary modelState, string key)
    {
        if (!modelState.ContainsKey($"{key}.{DatePart.Day}") && !context.Items.ContainsKey(Key(key))) return key;
        var parts = InError(context, key);
        var first = new[] { DatePart.Day, DatePart.Month, DatePart.Year }.First(p => parts.HasFlag(p) || p == DatePart.Year);
        return $"{key}.{first}";
    }
}

/// <summary>Puts <see cref="DateInputModelBinder"/> in front of the framework's binder for dates.</summary>
public sealed class DateInputModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.UnderlyingOrModelType;
        if (type != typeof(DateOnly) && type != typeof(DateTime)) return null;
        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        return new DateInputModelBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, loggers));
    }
}
