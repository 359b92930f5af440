using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Monitoring.Domain;

namespace VanBinnenuit.Monitoring.Tests;

public sealed class ReportRulesTests
{
    private static ReportDraft Draft(int attendance, GenderDraft gender, AgeDraft age, int returned = 0, string? reflection = null) =>
        new(attendance, gender, age, returned, ["ar"], ["lgbt-acceptance"], 4, [new ReferralDraft(ReferralKind.Ggd, 2)], false, reflection, null);

    private static List<string> Problems(ReportDraft draft, int session = 2)
    {
        var validation = new Validation();
        var report = draft.Normalise(validation, session);
        Assert.Equal(validation.IsValid, report is not null);
        return [.. validation.Invalid.Select(p => p.Name)];
    }

    [Fact]
    public void Counts_that_add_up_by_gender_and_by_age_band_are_accepted()
    {
        Assert.Empty(Problems(Draft(12, new GenderDraft(7, 4, 1, 0), new AgeDraft(0, 3, 5, 2, 1, 1), returned: 9)));
    }

    [Theory]
    [InlineData(12, 7, 4, "byGender")]
    [InlineData(11, 7, 4, "byAge")]
    public void Counts_that_do_not_add_up_are_refused_naming_the_breakdown(int attendance, int women, int men, string field)
    {
        var age = field == "byAge" ? new AgeDraft(0, 12, 0, 0, 0, 0) : new AgeDraft(0, 12, 0, 0, 0, 0);
        var problems = Problems(Draft(attendance, new GenderDraft(women, men, 0, 0), age));
        Assert.Contains(field, problems);
    }

    [Fact]
    public void Nobody_returns_to_a_first_session_and_never_more_than_came()
    {
        Assert.Equal(["returned"], Problems(Draft(5, new GenderDraft(5, 0, 0, 0), new AgeDraft(0, 5, 0, 0, 0, 0), returned: 1), session: 1));
        Assert.Equal(["returned"], Problems(Draft(5, new GenderDraft(5, 0, 0, 0), new AgeDraft(0, 5, 0, 0, 0, 0), returned: 6)));
    }

    [Theory]
    [InlineData("Fatima (fatima.k@example.nl) wil graag verder praten.")]
    [InlineData("Bel mevrouw terug op 06 1234 5678.")]
    public void A_reflection_cannot_carry_an_email_address_or_phone_number(string reflection)
    {
        Assert.Equal(["reflection"], Problems(Draft(5, new GenderDraft(5, 0, 0, 0), new AgeDraft(0, 5, 0, 0, 0, 0), reflection: reflection)));
    }

    [Fact]
    public void A_reflection_with_ordinary_numbers_is_fine()
    {
        Assert.Empty(Problems(Draft(5, new GenderDraft(5, 0, 0, 0), new AgeDraft(0, 5, 0, 0, 0, 0), reflection: "Drie van de 12 vrouwen spraken voor het eerst; sessie 2 duurde 20 minuten langer.")));
    }

    [Fact]
    public void Referrals_name_each_kind_once_with_a_positive_count()
    {
        var draft = Draft(5, new GenderDraft(5, 0, 0, 0), new AgeDraft(0, 5, 0, 0, 0, 0)) with
        {
            Referrals = [new ReferralDraft(ReferralKind.Police, 1), new ReferralDraft(ReferralKind.Police, 2), new ReferralDraft(ReferralKind.Ggd, 0)],
        };
        Assert.Equal(["referrals[1].kind", "referrals[2].count"], Problems(draft));
    }
}
