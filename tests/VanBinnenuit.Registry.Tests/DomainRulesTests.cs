using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Tests;

/// <summary>The registry's validation rules, as plain C# without a database.</summary>
public sealed class DomainRulesTests
{
    private static readonly CommunityDraft ValidCommunity = new("Syrisch", ["SY"], ["ar"], null, ["human-rights"], [new PresenceDraft("GM0363", null, null)]);

    private static readonly LeaderDraft ValidLeader = new("Amal", "amal@voorbeeld.nl", "+31 6 1234 5678",
        [new LanguageDraft("ar", Proficiency.Native)], [], ["lgbt-acceptance"], "woman", "GM0363", [], ["PV27"],
        [new AvailabilityWindow(DayOfWeek.Tuesday, new TimeOnly(18, 0), new TimeOnly(21, 0))], [], 6);

    private static IReadOnlyList<string> Problems(Func<Validation, object> normalise)
    {
        var validation = new Validation();
        normalise(validation);
        return [.. validation.Invalid.Select(p => p.Name)];
    }

    [Fact]
    public void A_valid_community_has_no_problems() => Assert.Empty(Problems(v => ValidCommunity.Normalise(v, IsoCodeTables.Standard)));

    [Theory]
    [InlineData("ara", "ar")]
    [InlineData("AR", "ar")]
    [InlineData("prs", "prs")]
    [InlineData("tir", "ti")]
    [InlineData("srn", "srn")]
    public void Languages_are_stored_by_their_shortest_ISO_639_code(string given, string stored)
    {
        var normalised = (ValidCommunity with { Languages = [given] }).Normalise(new Validation(), IsoCodeTables.Standard);
        Assert.Equal([stored], normalised.Languages);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("arabic")]
    [InlineData("")]
    [InlineData("qqq")]
    public void An_unknown_language_code_is_refused(string code) =>
        Assert.Equal(["languages[0]"], Problems(v => (ValidCommunity with { Languages = [code] }).Normalise(v, IsoCodeTables.Standard)));

    [Theory]
    [InlineData("XX")]
    [InlineData("SYR")]
    [InlineData("1")]
    public void An_unknown_country_code_is_refused(string code) =>
        Assert.Equal(["originCountries[0]"], Problems(v => (ValidCommunity with { OriginCountries = [code] }).Normalise(v, IsoCodeTables.Standard)));

    [Fact]
    public void A_community_needs_a_name() =>
        Assert.Equal(["name"], Problems(v => (ValidCommunity with { Name = "  " }).Normalise(v, IsoCodeTables.Standard)));

    [Fact]
    public void A_size_estimate_needs_its_source() =>
        Assert.Equal(["presence[0].source"], Problems(v => (ValidCommunity with { Presence = [new PresenceDraft("GM0363", 1200, null)] }).Normalise(v, IsoCodeTables.Standard)));

    [Fact]
    public void A_municipality_is_listed_once_in_a_communitys_presence() =>
        Assert.Equal(["presence"], Problems(v => (ValidCommunity with { Presence = [new PresenceDraft("GM0363", null, null), new PresenceDraft("gm0363", 10, "CBS 2024")] }).Normalise(v, IsoCodeTables.Standard)));

    [Theory]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567a")]
    [InlineData("")]
    public void A_KvK_number_is_eight_digits(string kvk)
    {
        var draft = new OrganisationDraft("Stichting", OrganisationKind.Other, kvk, [], [], []);
        Assert.Equal(["kvkNumber"], Problems(v => draft.Normalise(v)));
    }

    [Fact]
    public void An_organisation_needs_a_kind()
    {
        var draft = new OrganisationDraft("Stichting", null, "12345678", [], [], []);
        Assert.Equal(["kind"], Problems(v => draft.Normalise(v)));
    }

    [Fact]
    public void A_contact_person_needs_an_email_address_or_a_phone_number()
    {
        var draft = new OrganisationDraft("Stichting", OrganisationKind.Other, null, [], [], [new ContactPersonDraft("Fatima", null, null, null)]);
        Assert.Equal(["contactPersons[0].email"], Problems(v => draft.Normalise(v)));
    }

    [Theory]
    [InlineData("geen-adres")]
    [InlineData("a@b")]
    [InlineData("Fatima <fatima@voorbeeld.nl>")]
    public void A_malformed_email_address_is_refused(string email) =>
        Assert.Equal(["email"], Problems(v => (ValidLeader with { Email = email }).Normalise(v, IsoCodeTables.Standard)));

    [Theory]
    [InlineData("12345")]
    [InlineData("bel me maar")]
    public void A_malformed_phone_number_is_refused(string phone) =>
        Assert.Equal(["phone"], Problems(v => (ValidLeader with { Phone = phone }).Normalise(v, IsoCodeTables.Standard)));

    [Fact]
    public void A_valid_leader_has_no_problems() => Assert.Empty(Problems(v => ValidLeader.Normalise(v, IsoCodeTables.Standard)));

    [Fact]
    public void A_leader_speaks_at_least_one_language() =>
        Assert.Equal(["languages"], Problems(v => (ValidLeader with { Languages = [] }).Normalise(v, IsoCodeTables.Standard)));

    [Fact]
    public void A_language_needs_a_proficiency() =>
        Assert.Equal(["languages[0].proficiency"], Problems(v => (ValidLeader with { Languages = [new LanguageDraft("ar", null)] }).Normalise(v, IsoCodeTables.Standard)));

    [Theory]
    [InlineData(0)]
    [InlineData(41)]
    public void The_monthly_load_cap_is_between_1_and_40(int cap) =>
        Assert.Equal(["maxSessionsPerMonth"], Problems(v => (ValidLeader with { MaxSessionsPerMonth = cap }).Normalise(v, IsoCodeTables.Standard)));

    [Fact]
    public void An_availability_window_ends_after_it_starts() =>
        Assert.Equal(["availability[0].to"], Problems(v => new AvailabilityDraft(
            [new AvailabilityWindow(DayOfWeek.Monday, new TimeOnly(21, 0), new TimeOnly(18, 0))], []).Normalise(v)));

    [Fact]
    public void Windows_on_one_day_may_not_overlap() =>
        Assert.Equal(["availability"], Problems(v => new AvailabilityDraft(
            [new AvailabilityWindow(DayOfWeek.Monday, new TimeOnly(18, 0), new TimeOnly(20, 0)),
             new AvailabilityWindow(DayOfWeek.Monday, new TimeOnly(19, 30), new TimeOnly(22, 0))], []).Normalise(v)));

    [Fact]
    public void An_absence_ends_on_or_after_its_first_day() =>
        Assert.Equal(["absences[0].to"], Problems(v => new AvailabilityDraft([], [new Absence(new DateOnly(2027, 3, 2), new DateOnly(2027, 3, 1))]).Normalise(v)));

    [Fact]
    public void Every_problem_of_a_draft_is_reported_at_once() =>
        Assert.Equal(["displayName", "email", "homeMunicipalityCode", "maxSessionsPerMonth"],
            Problems(v => (ValidLeader with { DisplayName = null, Email = "x", HomeMunicipalityCode = "Amsterdam", MaxSessionsPerMonth = null }).Normalise(v, IsoCodeTables.Standard)));

    [Fact]
    public void A_municipality_cannot_succeed_itself() =>
        Assert.Contains("successorCodes", Problems(v => new ValidityDraft(null, new DateOnly(2026, 12, 31), ["GM0363"]).Normalise(v, "GM0363")));

    [Fact]
    public void Successors_need_an_end_date() =>
        Assert.Equal(["successorCodes"], Problems(v => new ValidityDraft(null, null, ["GM0599"]).Normalise(v, "GM0363")));

    [Fact]
    public void Validity_ends_on_or_after_it_starts() =>
        Assert.Equal(["validTo"], Problems(v => new ValidityDraft(new DateOnly(2027, 1, 1), new DateOnly(2026, 1, 1), []).Normalise(v, "GM0363")));
}
