using VanBinnenuit.Web.Api.Clients;

namespace VanBinnenuit.Web.Tests;

/// <summary>
/// What the typed clients ask an API for: only the filters the page set, in the form the APIs read.
/// An empty search box must not become <c>search=</c> (an API would narrow the list to nothing or refuse it).
/// </summary>
public sealed class ClientQueryTests
{
    [Fact]
    public void A_list_asks_only_for_what_the_page_narrowed_it_to()
    {
        var path = new AdviceRequestFilter(Page: 2, Search: " ", Status: "", Municipality: "GM0363").Query().After("api/advice-requests/v1/advice-requests");

        Assert.Equal("api/advice-requests/v1/advice-requests?page=2&pageSize=20&municipality=GM0363", path);
    }

    [Fact]
    public void A_page_before_the_first_is_the_first()
    {
        Assert.Equal("x?page=1&pageSize=100", (RegistryQuery.Choice with { Page = -3 }).Query().After("x"));
    }

    [Fact]
    public void Booleans_dates_and_ids_are_written_as_the_apis_read_them()
    {
        var leader = Guid.Parse("6f1c1f0e-2d8a-4c8e-9b1a-0c7f3e2a9d11");

        Assert.Equal("x?page=1&pageSize=20&active=false", new RegistryQuery(Active: false).Query().After("x"));
        Assert.Equal("x?page=1&pageSize=20&hasLeader=true", new SeriesFilter(HasLeader: true).Query().After("x"));
        Assert.Equal($"x?from=2027-03-01&to=2027-03-07&leader={leader}",
            new CalendarFilter(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 7), Leader: leader).Query().After("x"));
        Assert.Equal("x?page=1&pageSize=20&assignedTo=me", new AdviceRequestFilter(AssignedToMe: true).Query().After("x"));
    }

    [Fact]
    public void Indicator_filters_go_along_trimmed_and_only_when_set()
    {
        Assert.Equal("x", IndicatorFilter.Everything.Query().After("x"));
        Assert.Equal("x?period=2027-Q1&municipality=GM0599", new IndicatorFilter(" 2027-Q1 ", "GM0599").Query().After("x"));
    }
}
