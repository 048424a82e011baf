using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace CorporateParenting.Web.Infrastructure;

/// <summary>
/// The framework's own binding messages ("The value 'abc' is not valid for Year.") replaced by the GOV.UK Design
/// System's kind of wording, chosen by the field's type: "Year must be a number", "Due date must be a real date",
/// "Select status" (ADR 36). Fields are named by their [Display(Name)] or their property name in words.
/// </summary>
public sealed partial class BindingMessages : IBindingMetadataProvider
{
    public void CreateBindingMetadata(BindingMetadataProviderContext context) =>
        context.BindingMetadata.ModelBindingMessageProvider = For(context.Key.ModelType);

    /// <summary>Messages for a field of this type.</summary>
    public static DefaultModelBindingMessageProvider For(Type modelType)
    {
        var type = Nullable.GetUnderlyingType(modelType) ?? modelType;
        Func<string, string> invalid =
            IsNumber(type) ? name => $"{name} must be a number"
            : type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) ? name => $"{name} must be a real date"
            : type == typeof(TimeOnly) ? name => $"{name} must be a real time, like 14:30 or 2:30pm"
            : type.IsEnum || type == typeof(bool) ? name => $"Select {DateInput.Lower(name)} from the options given"
            : name => $"Check {DateInput.Lower(name)} and enter it again";
        var messages = new DefaultModelBindingMessageProvider();
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => invalid(Words(field)));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => invalid("The value"));
        messages.SetUnknownValueIsInvalidAccessor(field => invalid(Words(field)));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => invalid("The value"));
        messages.SetValueIsInvalidAccessor(_ => invalid("The value"));
        messages.SetValueMustBeANumberAccessor(field => $"{Words(field)} must be a number");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "The value must be a number");
        messages.SetValueMustNotBeNullAccessor(_ => "Enter a value");
        messages.SetMissingBindRequiredValueAccessor(field => $"Enter {DateInput.Lower(Words(field))}");
        messages.SetMissingKeyOrValueAccessor(() => "Enter a value");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Enter a value");
        return messages;
    }

    /// <summary>A property's name in words: "StartYear" becomes "Start year"; a name already in words stays as it is.</summary>
    public static string Words(string name) =>
        name.Contains(' ') ? name : Capitals().Replace(name, m => " " + char.ToLowerInvariant(m.Value[0])).TrimStart() is var words && words.Length > 0
            ? char.ToUpperInvariant(words[0]) + words[1..] : name;

    private static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(decimal)
        || type == typeof(double) || type == typeof(float) || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort);

    [GeneratedRegex("(?<=[a-z0-9])[A-Z]")]
    private static partial Regex Capitals();
}

public static class GovukBinding
{
    /// <summary>The date and time binders and the Design System's binding messages, for every page.</summary>
    public static MvcOptions UseGovukBinding(this MvcOptions options)
    {
        options.ModelBinderProviders.Insert(0, new DateInputModelBinderProvider());
        options.ModelBinderProviders.Insert(0, new TimeInputModelBinderProvider());
        options.ModelMetadataDetailsProviders.Add(new BindingMessages());
        var fallback = BindingMessages.For(typeof(string));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor(fallback.AttemptedValueIsInvalidAccessor);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(fallback.NonPropertyAttemptedValueIsInvalidAccessor);
        messages.SetUnknownValueIsInvalidAccessor(fallback.UnknownValueIsInvalidAccessor);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(fallback.NonPropertyUnknownValueIsInvalidAccessor);
        messages.SetValueIsInvalidAccessor(fallback.ValueIsInvalidAccessor);
        messages.SetValueMustBeANumberAccessor(fallback.ValueMustBeANumberAccessor);
        messages.SetNonPropertyValueMustBeANumberAccessor(fallback.NonPropertyValueMustBeANumberAccessor);
        messages.SetValueMustNotBeNullAccessor(fallback.ValueMustNotBeNullAccessor);
        messages.SetMissingBindRequiredValueAccessor(fallback.MissingBindRequiredValueAccessor);
        messages.SetMissingKeyOrValueAccessor(fallback.MissingKeyOrValueAccessor);
        messages.SetMissingRequestBodyRequiredValueAccessor(fallback.MissingRequestBodyRequiredValueAccessor);
        return options;
    }
}
