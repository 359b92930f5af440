using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using VanBinnenuit.Web.Api;
using VanBinnenuit.Web.Components.Pages.Leader;
using VanBinnenuit.Web.Components.Shared;

namespace VanBinnenuit.Web.Tests;

/// <summary>What people read of the APIs' problems, and the forms' own checks: plain rules, no browser.</summary>
public sealed class WordingTests
{
    [Theory]
    [InlineData("Is required.", "Dit veld is verplicht.")]
    [InlineData("Must be at most 300 characters.", "Gebruik hoogstens 300 tekens.")]
    [InlineData("Must be between 1 and 5.", "Kies een waarde van 1 tot en met 5.")]
    [InlineData("The counts by gender add up to 11, not to the attendance of 12.", "De aantallen per gender tellen op tot 11, niet tot de 12 aanwezigen.")]
    [InlineData("Session 2 must come at least 5 days after session 1 (it is 2 days).", "Bijeenkomst 2 moet ten minste 5 dagen na de vorige komen (nu 2).")]
    [InlineData("Something no page has seen before.", "Deze waarde wordt niet geaccepteerd.")]
    public void An_API_reason_reads_in_Dutch_and_an_unknown_one_never_in_English(string reason, string dutch) =>
        Assert.Equal(dutch, DutchProblems.Reason(new InvalidParam("field", reason)));

    [Theory]
    [InlineData(403, "U heeft geen toegang tot deze gegevens.")]
    [InlineData(412, "Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.")]
    [InlineData(503, "Er ging bij ons iets mis. Probeer het later opnieuw.")]
    public void A_problem_as_a_whole_reads_in_Dutch(int status, string dutch) =>
        Assert.Equal(dutch, new ApiProblem(status, "Forbidden.", "English detail.", [], []).Message);

    [Fact]
    public void A_problem_of_a_list_entry_lands_at_the_field_unless_the_form_has_a_field_per_entry()
    {
        var problem = new ApiProblem(400, null, null, [new InvalidParam("hopes[1]", "Must be one of: advice."), new InvalidParam("sessions[2].startsAt", "Is required.")], []);
        var single = new FormErrors();
        single.Add(problem);
        Assert.NotNull(single["hopes"]);
        Assert.NotNull(single["sessions.startsAt"]);
        var perEntry = new FormErrors(keepIndexes: true);
        perEntry.Add(problem);
        Assert.NotNull(perEntry["sessions[2].startsAt"]);
        Assert.Equal("veld-sessions-2-startsAt", FormErrors.IdFor("sessions[2].startsAt"));
    }

    [Fact]
    public void A_report_whose_counts_do_not_add_up_is_not_sent_and_says_which_sum_is_off()
    {
        var form = SessionReportForm.From(new FormCollection(new Dictionary<string, StringValues>
        {
            ["attendance"] = "12", ["byGender.women"] = "9", ["byGender.men"] = "2", ["byAge.from30To49"] = "12", ["languages"] = "ar", ["safety"] = "4",
        }));
        var errors = new FormErrors();
        Assert.Null(form.Check(errors, correction: false));
        Assert.Equal("De aantallen per gender tellen op tot 11, niet tot de 12 aanwezigen.", errors["byGender"]);
        Assert.Null(errors["byAge"]);

        var fixedForm = SessionReportForm.From(new FormCollection(new Dictionary<string, StringValues>
        {
            ["attendance"] = "12", ["byGender.women"] = "9", ["byGender.men"] = "3", ["byAge.from30To49"] = "12", ["languages"] = "ar", ["safety"] = "4",
            ["referral.ggd"] = "1",
        }));
        var submission = fixedForm.Check(new FormErrors(), correction: false);
        Assert.NotNull(submission);
        Assert.Equal(3, submission.ByGender.Men);
        Assert.Single(submission.Referrals);
    }

    [Fact]
    public void A_correction_needs_its_reason()
    {
        var form = SessionReportForm.From(new FormCollection(new Dictionary<string, StringValues>
        {
            ["attendance"] = "0", ["languages"] = "ar", ["safety"] = "3",
        }));
        var errors = new FormErrors();
        Assert.Null(form.Check(errors, correction: true));
        Assert.NotNull(errors["correctionReason"]);
    }

    [Theory]
    [InlineData("15-03-2027", "2027-03-15")]
    [InlineData("5-3-2027", "2027-03-05")]
    [InlineData(" 15/03/2027 ", "2027-03-15")]
    [InlineData("15.03.2027", "2027-03-15")]
    [InlineData("2027-03-15", "2027-03-15")]
    [InlineData("03-15-2027", null)]
    [InlineData("31-02-2027", null)]
    [InlineData("15 maart 2027", null)]
    public void A_date_is_read_day_first_as_Dutch_people_type_it_or_as_ISO(string typed, string? meant)
    {
        var errors = new FormErrors();
        var date = FormValues.Date(errors, "desiredFrom", typed);
        Assert.Equal(meant, date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(meant is null, errors["desiredFrom"] is not null);
        Assert.Equal("15-03-2027", FormValues.DateText(new DateOnly(2027, 3, 15)));
    }
}
