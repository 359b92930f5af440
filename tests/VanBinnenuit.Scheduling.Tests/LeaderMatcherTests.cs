using VanBinnenuit.Scheduling.Domain;

namespace VanBinnenuit.Scheduling.Tests;

public sealed class LeaderMatcherTests
{
    private static string? ProvinceOf(string code) => code switch { "GM0363" => "PV27", "GM0599" => "PV28", "GM0479" => "PV27", _ => null };

    [Fact]
    public void Leaders_are_ranked_by_their_score_with_its_parts_and_the_excluded_say_why()
    {
        var local = Plans.Leader("Amal");
        var neighbour = Plans.Leader("Basma", home: "GM0479");
        var man = Plans.Leader("Chadi", gender: "man");
        var inactive = Plans.Leader("Dunya", active: false);
        var proposals = LeaderMatcher.Rank([man, inactive, neighbour, local], Plans.Needs(), Array.Empty<Booking>().ToLookup(b => Guid.Empty), ProvinceOf, Plans.Rules);

        Assert.Equal(["Amal", "Basma", "Chadi"], proposals.Eligible.Select(p => p.DisplayName));
        Assert.Equal(["language", "community", "topics", "gender", "region", "load", "availability"], proposals.Eligible[0].Parts.Select(p => p.Part));
        Assert.Equal(1.0, proposals.Eligible[0].Parts.Sum(p => p.Weight), 6);
        Assert.Equal(0.5, proposals.Eligible[1].Parts.Single(p => p.Part == "region").Score);
        Assert.Equal(0, proposals.Eligible[2].Parts.Single(p => p.Part == "gender").Score);
        var excluded = Assert.Single(proposals.Excluded);
        Assert.Equal(("Dunya", EligibilityRule.Active), (excluded.DisplayName, excluded.Rule));
    }

    [Fact]
    public void The_same_data_gives_the_same_order()
    {
        var leaders = Enumerable.Range(0, 50).Select(i => Plans.Leader($"Leider {i % 7}")).ToList();
        var none = Array.Empty<Booking>().ToLookup(b => Guid.Empty);
        var needs = Plans.Needs();
        var first = LeaderMatcher.Rank(leaders, needs, none, ProvinceOf, Plans.Rules).Eligible.Select(p => p.LeaderId);
        var shuffled = LeaderMatcher.Rank(leaders.OrderBy(_ => Guid.NewGuid()), needs, none, ProvinceOf, Plans.Rules).Eligible.Select(p => p.LeaderId);
        Assert.Equal(first, shuffled);
    }

    [Fact]
    public void A_busier_leader_ranks_below_an_equal_but_free_one()
    {
        var busy = Plans.Leader("Amal");
        var free = Plans.Leader("Zaynab");
        var bookings = new[] { new Booking(Guid.NewGuid(), Plans.At("2027-09-01T10:00"), Plans.At("2027-09-01T12:00")) }.ToLookup(_ => busy.Id);
        var proposals = LeaderMatcher.Rank([busy, free], Plans.Needs(), bookings, ProvinceOf, Plans.Rules);
        Assert.Equal(["Zaynab", "Amal"], proposals.Eligible.Select(p => p.DisplayName));
    }
}
