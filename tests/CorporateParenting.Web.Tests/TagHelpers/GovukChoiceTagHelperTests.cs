using CorporateParenting.Web.Infrastructure.TagHelpers;
using static CorporateParenting.Web.Tests.TagHelpers.TagHelperHarness;

namespace CorporateParenting.Web.Tests.TagHelpers;

/// <summary>
/// The GOV.UK radios, checkboxes and select as the Design System writes them (ADR 36): fieldset and legend, hint and
/// error named by aria-describedby, the --error modifiers, and what the user chose kept after a failed save.
/// </summary>
public sealed class GovukChoiceTagHelperTests
{
    private enum YearKind { Financial, Municipal }

    private static readonly GovukItem[] Kinds =
    [
        new("Financial", "Financial year", "1 April to 31 March"),
        new("Municipal", "Municipal year"),
    ];

    private static GovukRadiosTagHelper Radios(object? model, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary? state = null) => new()
    {
        For = For("Input.Kind", model),
        Legend = "Which kind of year?",
        LegendSize = "m",
        Hint = "The year the report covers",
        Items = Kinds,
        ViewContext = View(state),
    };

    [Fact]
    public async Task Radios_are_a_fieldset_with_the_legend_the_hint_and_one_item_per_choice()
    {
        var page = await RenderAsync(Radios(YearKind.Municipal), "govuk-radios");

        var group = page.QuerySelector("div.govuk-form-group")!;
        Assert.DoesNotContain("govuk-form-group--error", group.ClassName);
        var fieldset = group.QuerySelector("fieldset.govuk-fieldset")!;
        Assert.Equal("Input_Kind-hint", fieldset.GetAttribute("aria-describedby"));
        Assert.Equal("govuk-fieldset__legend govuk-fieldset__legend--m", fieldset.QuerySelector("legend")!.ClassName);
        Assert.Equal("Which kind of year?", fieldset.QuerySelector("legend")!.TextContent);
        Assert.Equal("The year the report covers", fieldset.QuerySelector("#Input_Kind-hint.govuk-hint")!.TextContent);
        Assert.Null(page.QuerySelector(".govuk-error-message"));

        var radios = fieldset.QuerySelector("div.govuk-radios[data-module=govuk-radios]")!;
        var inputs = radios.QuerySelectorAll(".govuk-radios__item > input.govuk-radios__input[type=radio][name='Input.Kind']");
        Assert.Equal(["Input_Kind", "Input_Kind_Municipal"], inputs.Select(i => i.Id));
        Assert.Equal(["Financial", "Municipal"], inputs.Select(i => i.GetAttribute("value")));
        Assert.Equal([false, true], inputs.Select(i => i.HasAttribute("checked")));
        // Each label names its own input; an item's hint is tied to its input.
        Assert.Equal("Financial year", page.QuerySelector("label.govuk-label.govuk-radios__label[for=Input_Kind]")!.TextContent);
        Assert.Equal("Input_Kind-item-hint", inputs[0].GetAttribute("aria-describedby"));
        Assert.Equal("1 April to 31 March", page.QuerySelector("#Input_Kind-item-hint.govuk-radios__hint")!.TextContent);
        Assert.False(inputs[1].HasAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Radios_in_error_show_the_message_and_keep_what_was_chosen()
    {
        // The model still holds its default; the posted choice is what the user sees again.
        var state = Posted("Input.Kind", "Municipal", "Select which kind of year the report covers");
        var page = await RenderAsync(Radios(YearKind.Financial, state), "govuk-radios");

        Assert.Contains("govuk-form-group--error", page.QuerySelector("div.govuk-form-group")!.ClassName);
        Assert.Equal("Input_Kind-hint Input_Kind-error", page.QuerySelector("fieldset")!.GetAttribute("aria-describedby"));
        var error = page.QuerySelector("p#Input_Kind-error.govuk-error-message")!;
        Assert.Equal("Error: Select which kind of year the report covers", error.TextContent);
        Assert.Equal("govuk-visually-hidden", error.QuerySelector("span")!.ClassName);
        Assert.Equal(["Input_Kind_Municipal"], page.QuerySelectorAll("input[checked]").Select(i => i.Id));
    }

    [Fact]
    public async Task Inline_small_radios_with_the_legend_as_the_heading()
    {
        var radios = Radios(null);
        radios.Inline = true;
        radios.Small = true;
        radios.LegendSize = null;
        radios.LegendIsHeading = true;
        radios.Hint = null;
        var page = await RenderAsync(radios, "govuk-radios");

        Assert.Equal("govuk-radios govuk-radios--inline govuk-radios--small", page.QuerySelector("div[data-module=govuk-radios]")!.ClassName);
        Assert.Equal("Which kind of year?", page.QuerySelector("legend.govuk-fieldset__legend--l > h1.govuk-fieldset__heading")!.TextContent);
        Assert.False(page.QuerySelector("fieldset")!.HasAttribute("aria-describedby"));
        Assert.Empty(page.QuerySelectorAll("input[checked]"));
    }

    [Fact]
    public async Task Checkboxes_for_a_collection_tick_what_it_holds_and_after_a_failed_save_what_was_sent()
    {
        var items = GovukItems.Of(["U1", "U4", "K2"]);
        GovukCheckboxesTagHelper Boxes(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary? state) => new()
        {
            For = For("Input.PlacementCodes", new List<string> { "U1" }),
            Legend = "Placement types",
            Items = items,
            Small = true,
            ViewContext = View(state),
        };

        var saved = await RenderAsync(Boxes(null), "govuk-checkboxes");
        Assert.Equal(["Input_PlacementCodes"], saved.QuerySelectorAll("input[checked]").Select(i => i.Id));
        Assert.Equal("govuk-checkboxes govuk-checkboxes--small", saved.QuerySelector("div[data-module=govuk-checkboxes]")!.ClassName);
        Assert.Equal(3, saved.QuerySelectorAll("fieldset .govuk-checkboxes__item > input.govuk-checkboxes__input[type=checkbox][name='Input.PlacementCodes']").Length);
        Assert.NotNull(saved.QuerySelector("label.govuk-label.govuk-checkboxes__label[for=Input_PlacementCodes_U4]"));

        var failed = await RenderAsync(Boxes(Posted("Input.PlacementCodes", new[] { "U4", "K2" }, "Choose the placement types")), "govuk-checkboxes");
        Assert.Equal(["Input_PlacementCodes_U4", "Input_PlacementCodes_K2"], failed.QuerySelectorAll("input[checked]").Select(i => i.Id));
        Assert.Equal("Input_PlacementCodes-error", failed.QuerySelector("fieldset")!.GetAttribute("aria-describedby"));
        Assert.Equal("Error: Choose the placement types", failed.QuerySelector("fieldset > p#Input_PlacementCodes-error")!.TextContent);
    }

    [Fact]
    public async Task A_single_checkbox_for_a_bool_posts_true_and_needs_no_fieldset()
    {
        GovukCheckboxesTagHelper Box(bool value, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary? state = null) => new()
        {
            For = For("Input.Confidential", value),
            Label = "Confidential: withhold from members",
            ViewContext = View(state),
        };

        var ticked = await RenderAsync(Box(true), "govuk-checkboxes");
        Assert.Null(ticked.QuerySelector("fieldset"));
        var input = ticked.QuerySelector("div.govuk-form-group > div.govuk-checkboxes > div.govuk-checkboxes__item > input#Input_Confidential")!;
        Assert.Equal("true", input.GetAttribute("value"));
        Assert.True(input.HasAttribute("checked"));
        Assert.Equal("Confidential: withhold from members", ticked.QuerySelector("label[for=Input_Confidential]")!.TextContent);
        Assert.False((await RenderAsync(Box(false), "govuk-checkboxes")).QuerySelector("input")!.HasAttribute("checked"));

        // In error, with no fieldset to carry the message, the box itself is described by it; the tick is kept.
        var failed = await RenderAsync(Box(false, Posted("Input.Confidential", new[] { "true", "false" }, "Confirm the paper is confidential")), "govuk-checkboxes");
        var box = failed.QuerySelector("input")!;
        Assert.True(box.HasAttribute("checked"));
        Assert.Equal("Input_Confidential-error", box.GetAttribute("aria-describedby"));
        Assert.NotNull(failed.QuerySelector("div.govuk-form-group--error > p#Input_Confidential-error"));
    }

    private static GovukSelectTagHelper Select(object? model, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary? state = null) => new()
    {
        For = For("Input.Kind", model),
        Label = "Kind of year",
        Items = GovukItems.Of<YearKind>(k => k + " year"),
        ViewContext = View(state),
    };

    [Fact]
    public async Task A_select_has_its_label_options_and_the_models_choice()
    {
        var select = Select(YearKind.Municipal);
        select.EmptyOption = "Not chosen";
        select.Hint = "As the constitution says";
        var page = await RenderAsync(select, "govuk-select", "<button class=\"govuk-button\">Show</button>");

        Assert.Equal("Kind of year", page.QuerySelector("div.govuk-form-group > label.govuk-label[for=Input_Kind]")!.TextContent);
        var element = page.QuerySelector("select#Input_Kind.govuk-select[name='Input.Kind']")!;
        Assert.Equal("Input_Kind-hint", element.GetAttribute("aria-describedby"));
        Assert.DoesNotContain("govuk-select--error", element.ClassName);
        var options = element.QuerySelectorAll("option");
        Assert.Equal(["", "Financial", "Municipal"], options.Select(o => o.GetAttribute("value")));
        Assert.Equal(["Not chosen", "Financial year", "Municipal year"], options.Select(o => o.TextContent));
        Assert.Equal(["Municipal"], options.Where(o => o.HasAttribute("selected")).Select(o => o.GetAttribute("value")));
        // What was written between the tags follows the select inside its group.
        Assert.NotNull(page.QuerySelector("div.govuk-form-group > select + button.govuk-button"));
    }

    [Fact]
    public async Task A_select_in_error_is_marked_and_keeps_what_was_chosen()
    {
        var select = Select(YearKind.Financial, Posted("Input.Kind", "Municipal", "Select the kind of year"));
        select.EmptyOption = "";   // empty-option="@(cond ? "…" : null)" when the page offers none
        select.Hint = "";
        var page = await RenderAsync(select, "govuk-select");
        Assert.Equal(2, page.QuerySelectorAll("option").Length);
        Assert.Null(page.QuerySelector(".govuk-hint"));

        Assert.Contains("govuk-form-group--error", page.QuerySelector("div.govuk-form-group")!.ClassName);
        var element = page.QuerySelector("select")!;
        Assert.Contains("govuk-select--error", element.ClassName);
        Assert.Equal("Input_Kind-error", element.GetAttribute("aria-describedby"));
        Assert.Equal("Error: Select the kind of year", page.QuerySelector("label + p#Input_Kind-error.govuk-error-message")!.TextContent);
        Assert.Equal("Municipal", element.QuerySelector("option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_repeated_field_shows_its_own_rows_value_and_not_another_rows_error()
    {
        var state = Posted("ThemeId", "2", "Choose a theme");
        GovukSelectTagHelper Row(string id, int value, bool posted) => new()
        {
            For = For("ThemeId", (int?)null),
            Id = id,
            Value = value,
            ShowState = posted,
            Label = "Theme",
            Items = [new("1", "Housing"), new("2", "School")],
            ViewContext = View(state),
        };

        var other = await RenderAsync(Row("ThemeId-7", 1, posted: false), "govuk-select");
        Assert.Null(other.QuerySelector(".govuk-error-message"));
        Assert.Equal("1", other.QuerySelector("select#ThemeId-7 option[selected]")!.GetAttribute("value"));

        var failed = await RenderAsync(Row("ThemeId", 1, posted: true), "govuk-select");
        Assert.NotNull(failed.QuerySelector("#ThemeId-error"));
        Assert.Equal("2", failed.QuerySelector("select#ThemeId option[selected]")!.GetAttribute("value"));
    }
}
