using Bunit;
using VanBinnenuit.Web.Components.Shared;

namespace VanBinnenuit.Web.Tests;

/// <summary>
/// The form components render the NL Design System's form-field pattern and take their aria from the
/// field's state: a field with a problem says so to a screen reader (aria-invalid, and the message
/// among what describes the input), and the summary at the top links to the field.
/// </summary>
public sealed class FormComponentTests : IDisposable
{
    private readonly BunitContext context = new();

    public void Dispose() => context.Dispose();

    [Fact]
    public void A_field_without_a_problem_is_described_by_its_description_only()
    {
        var field = context.Render<TextField>(p => p
            .Add(f => f.Name, "contact.email").Add(f => f.Label, "E-mailadres").Add(f => f.Description, "Op het werk.")
            .Add(f => f.Type, "email").Add(f => f.Value, "a@gemeente.nl").Add(f => f.Errors, new FormErrors()));

        var input = field.Find("input");
        Assert.Equal("veld-contact-email", input.Id);
        Assert.Equal("contact.email", input.GetAttribute("name"));
        Assert.Equal("email", input.GetAttribute("type"));
        Assert.Equal("a@gemeente.nl", input.GetAttribute("value"));
        Assert.Null(input.GetAttribute("aria-invalid"));
        Assert.Equal("veld-contact-email-uitleg", input.GetAttribute("aria-describedby"));
        Assert.Equal("Op het werk.", field.Find("#veld-contact-email-uitleg").TextContent);
        Assert.Equal(input.Id, field.Find("label").GetAttribute("for"));
        Assert.Empty(field.FindAll(".utrecht-form-field--invalid"));
        Assert.Empty(field.FindAll(".utrecht-textbox--invalid"));
    }

    [Fact]
    public void A_field_with_a_problem_is_invalid_and_described_by_the_problem()
    {
        var errors = new FormErrors();
        errors.Add("contact.email", "Vul een e-mailadres in.");

        var field = context.Render<TextField>(p => p
            .Add(f => f.Name, "contact.email").Add(f => f.Label, "E-mailadres").Add(f => f.Description, "Op het werk.").Add(f => f.Errors, errors));

        var input = field.Find("input");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal(["veld-contact-email-uitleg", "veld-contact-email-fout"], input.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Equal("Vul een e-mailadres in.", field.Find("#veld-contact-email-fout").TextContent);
        Assert.Single(field.FindAll(".utrecht-form-field--invalid"));
        Assert.Contains("utrecht-textbox--invalid", input.ClassList);
    }

    [Fact]
    public void Attributes_the_component_does_not_name_reach_the_input()
    {
        var field = context.Render<TextField>(p => p
            .Add(f => f.Name, "title").Add(f => f.Label, "Titel").AddUnmatched("maxlength", "200").AddUnmatched("autocomplete", "off"));

        var input = field.Find("input");
        Assert.Equal("200", input.GetAttribute("maxlength"));
        Assert.Equal("off", input.GetAttribute("autocomplete"));
    }

    [Fact]
    public void A_field_posted_under_another_name_keeps_the_api_name_for_its_id_and_problem()
    {
        var errors = new FormErrors(keepIndexes: true);
        errors.Add("sessions[1].venue", "Te lang.");

        var field = context.Render<TextField>(p => p
            .Add(f => f.Name, "sessions[1].venue").Add(f => f.InputName, "venue").Add(f => f.Label, "Plaats").Add(f => f.Errors, errors));

        var input = field.Find("input");
        Assert.Equal("venue", input.GetAttribute("name"));
        Assert.Equal("veld-sessions-1-venue", input.Id);
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
    }

    [Fact]
    public void A_choice_offers_nothing_first_when_asked_and_keeps_what_was_chosen()
    {
        var errors = new FormErrors();
        errors.Add("audience", "Kies een doelgroep.");

        var field = context.Render<SelectField>(p => p
            .Add(f => f.Name, "audience").Add(f => f.Label, "Doelgroep").Add(f => f.Errors, errors).Add(f => f.Empty, "Kies een doelgroep")
            .Add(f => f.Options, [("women", "Vrouwen"), ("lgbt", "Lhbti+")]).Add(f => f.Selected, "LGBT"));

        var select = field.Find("select");
        Assert.Equal("true", select.GetAttribute("aria-invalid"));
        Assert.Equal("veld-audience-fout", select.GetAttribute("aria-describedby"));
        var options = field.FindAll("option");
        Assert.Equal(["", "women", "lgbt"], options.Select(o => o.GetAttribute("value")));
        Assert.Equal("Kies een doelgroep", options[0].TextContent);
        Assert.Equal([false, false, true], options.Select(o => o.HasAttribute("selected")));
    }

    [Fact]
    public void A_long_text_shows_what_was_typed_with_its_aria()
    {
        var errors = new FormErrors();
        errors.Add("question", "Te lang.");

        var field = context.Render<TextAreaField>(p => p
            .Add(f => f.Name, "question").Add(f => f.Label, "Uw vraag").Add(f => f.Rows, 6).Add(f => f.Value, "Hoe bereiken wij…").Add(f => f.Errors, errors));

        var text = field.Find("textarea");
        Assert.Equal("Hoe bereiken wij…", text.TextContent);
        Assert.Equal("6", text.GetAttribute("rows"));
        Assert.Equal("true", text.GetAttribute("aria-invalid"));
        Assert.Contains("utrecht-textarea--invalid", text.ClassList);
    }

    [Fact]
    public void A_date_is_typed_in_dutch_order_and_says_so()
    {
        var field = context.Render<DateField>(p => p.Add(f => f.Name, "desiredFrom").Add(f => f.Label, "Gewenst vanaf").Add(f => f.Value, "15-03-2027"));

        var input = field.Find("input");
        Assert.Equal("dd-mm-jjjj", input.GetAttribute("placeholder"));
        Assert.Equal("15-03-2027", input.GetAttribute("value"));
        Assert.Equal("veld-desiredFrom-uitleg", input.GetAttribute("aria-describedby"));
        Assert.Contains("Dag-maand-jaar", field.Find("#veld-desiredFrom-uitleg").TextContent);
    }

    [Fact]
    public void The_summary_links_each_problem_to_its_field_by_the_forms_label()
    {
        var errors = new FormErrors();
        errors.Add("contact.email", "Vul een e-mailadres in.");

        var summary = context.Render<ErrorSummary>(p => p
            .Add(s => s.Errors, errors).Add(s => s.Labels, new Dictionary<string, string> { ["contact.email"] = "E-mailadres" }));

        Assert.Equal("alert", summary.Find("[role=alert]").GetAttribute("role"));
        var link = summary.Find("li a");
        Assert.Equal("#veld-contact-email", link.GetAttribute("href"));
        Assert.Equal("E-mailadres: Vul een e-mailadres in.", link.TextContent);
    }

    [Fact]
    public void A_form_without_problems_has_no_summary()
    {
        var summary = context.Render<ErrorSummary>(p => p.Add(s => s.Errors, new FormErrors()));

        Assert.Empty(summary.FindAll("[role=alert]"));
    }
}
