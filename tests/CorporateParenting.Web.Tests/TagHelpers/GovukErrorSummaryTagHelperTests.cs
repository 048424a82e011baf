using CorporateParenting.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using static CorporateParenting.Web.Tests.TagHelpers.TagHelperHarness;

namespace CorporateParenting.Web.Tests.TagHelpers;

/// <summary>The GOV.UK error summary from ModelState, each error a link to its field; the file upload; and the text input's kept value.</summary>
public sealed class GovukErrorSummaryTagHelperTests
{
    [Fact]
    public async Task Every_error_links_to_its_fields_id()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("Input.Name", "Enter a name");
        state.AddModelError("Input.Roles", "Select at least one role");
        state.AddModelError("Rows[2].Status", "Select the attendance");
        var page = await RenderAsync(new GovukErrorSummaryTagHelper { ViewContext = View(state) }, "govuk-error-summary");

        var summary = page.QuerySelector("div.govuk-error-summary[data-module=govuk-error-summary] > div[role=alert]")!;
        Assert.Equal("There is a problem", summary.QuerySelector("h2.govuk-error-summary__title")!.TextContent);
        var links = summary.QuerySelectorAll(".govuk-error-summary__body > ul.govuk-list.govuk-error-summary__list > li > a");
        Assert.Equal(["#Input_Name", "#Input_Roles", "#Rows_2__Status"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Enter a name", "Select at least one role", "Select the attendance"], links.Select(a => a.TextContent));
    }

    [Fact]
    public async Task Nothing_shows_when_the_form_has_no_errors()
    {
        var page = await RenderAsync(new GovukErrorSummaryTagHelper { ViewContext = View() }, "govuk-error-summary");
        Assert.Empty(page.Body!.InnerHtml);
        // message="@Model.Problem" with no problem: Razor hands the helper "", not null.
        var noProblem = await RenderAsync(new GovukErrorSummaryTagHelper { ViewContext = View(), Message = "" }, "govuk-error-summary");
        Assert.Empty(noProblem.Body!.InnerHtml);
    }

    [Fact]
    public async Task A_problem_with_the_page_rather_than_a_field_is_the_summarys_description()
    {
        var helper = new GovukErrorSummaryTagHelper { ViewContext = View(), Title = "The PDF could not be made", Message = "Chromium <did not> start" };
        var page = await RenderAsync(helper, "govuk-error-summary");

        Assert.Equal("The PDF could not be made", page.QuerySelector(".govuk-error-summary__title")!.TextContent);
        Assert.Equal("Chromium <did not> start", page.QuerySelector(".govuk-error-summary__body > p.govuk-body")!.TextContent);
        Assert.Null(page.QuerySelector(".govuk-error-summary__list"));

        var written = await RenderAsync(new GovukErrorSummaryTagHelper { ViewContext = View() }, "govuk-error-summary", "<p class=\"govuk-body\">Fix the files</p>");
        Assert.Equal("Fix the files", written.QuerySelector(".govuk-error-summary__body > p")!.TextContent);
    }

    [Fact]
    public async Task A_text_input_keeps_what_was_typed_and_a_repeated_one_its_rows_value()
    {
        var state = Posted("ThemeName", "Scho", "Enter the theme's name in full");
        var failed = await RenderAsync(new GovukInputTagHelper { For = For("ThemeName", "Housing"), Label = "Theme", ViewContext = View(state) }, "govuk-input");
        var input = failed.QuerySelector("input#ThemeName.govuk-input.govuk-input--error")!;
        Assert.Equal("Scho", input.GetAttribute("value"));
        Assert.Equal("ThemeName-error", input.GetAttribute("aria-describedby"));

        var row = new GovukInputTagHelper { For = For("ThemeName", "Housing"), Label = "Theme", Id = "ThemeName-3", Value = "Money", ShowState = false, ViewContext = View(state) };
        var other = await RenderAsync(row, "govuk-input");
        Assert.Equal("Money", other.QuerySelector("input#ThemeName-3[name=ThemeName]")!.GetAttribute("value"));
        Assert.Equal("ThemeName-3", other.QuerySelector("label")!.GetAttribute("for"));
        Assert.Null(other.QuerySelector(".govuk-error-message"));
    }

    [Fact]
    public async Task A_file_upload_has_its_label_hint_and_error_and_takes_several_files_when_asked()
    {
        var state = new ModelStateDictionary();
        state.AddModelError("Files", "Select the return's files");
        var helper = new GovukFileUploadTagHelper { Name = "Files", Label = "Files", LabelSize = "m", Hint = "CSV or XML", Accept = ".csv,.xml", Multiple = true, ViewContext = View(state) };
        var page = await RenderAsync(helper, "govuk-file-upload");

        Assert.Contains("govuk-form-group--error", page.QuerySelector("div.govuk-form-group")!.ClassName);
        Assert.Equal("Files", page.QuerySelector("label.govuk-label.govuk-label--m[for=Files]")!.TextContent);
        var input = page.QuerySelector("input#Files.govuk-file-upload.govuk-file-upload--error[type=file][name=Files]")!;
        Assert.True(input.HasAttribute("multiple"));
        Assert.Equal(".csv,.xml", input.GetAttribute("accept"));
        Assert.Equal("Files-hint Files-error", input.GetAttribute("aria-describedby"));
        Assert.Equal("Error: Select the return's files", page.QuerySelector("#Files-hint + p#Files-error")!.TextContent);

        var quiet = await RenderAsync(new GovukFileUploadTagHelper { Name = "Upload", Label = "CSV file", ViewContext = View() }, "govuk-file-upload");
        Assert.False(quiet.QuerySelector("input")!.HasAttribute("aria-describedby"));
        Assert.Null(quiet.QuerySelector(".govuk-error-message"));
    }
}
