using System.Net;
using System.Net.Http.Json;
using System.Text;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Persistence.Outbox;
using VanBinnenuit.Registry.Apis;
using VanBinnenuit.Registry.Data;

namespace VanBinnenuit.Registry.Tests;

[Collection(RegistryCollection.Name)]
public sealed class MunicipalityAnnouncementsApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const string Path = "/v1/municipality-announcements";
    private RegistryApiFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = await RegistryApiFactory.StartAsync(infrastructure, "registry_announce");
        _client = _factory.ClientFor(Roles.Coordinator);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<int> OutboxCountAsync()
    {
        using var scope = _factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Set<OutboxMessage>().CountAsync();
    }

    [Fact]
    public async Task Announcing_codes_stores_one_event_for_each()
    {
        var before = await OutboxCountAsync();
        var response = await _client.PostAsJsonAsync(Path, new AnnouncementRequest(["GM0363", "gm0599"], null));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<AnnouncementResponse>())!.Announced);
        Assert.Equal(before + 2, await OutboxCountAsync());
    }

    [Fact]
    public async Task Announcing_a_province_announces_its_municipalities()
    {
        var response = await _client.PostAsJsonAsync(Path, new AnnouncementRequest(null, "PV24"));
        Assert.Equal(6, (await response.Content.ReadFromJsonAsync<AnnouncementResponse>())!.Announced);
    }

    [Fact]
    public async Task A_malformed_code_is_named_and_nothing_is_announced()
    {
        var before = await OutboxCountAsync();
        var response = await _client.PostAsJsonAsync(Path, new AnnouncementRequest(["GM0363", "Amsterdam"], null));
        Assert.Equal(["codes[1]"], await response.AssertProblemAsync(HttpStatusCode.BadRequest));
        Assert.Equal(before, await OutboxCountAsync());
    }

    [Fact]
    public async Task An_unknown_code_is_422_and_nothing_is_announced()
    {
        var before = await OutboxCountAsync();
        var response = await _client.PostAsJsonAsync(Path, new AnnouncementRequest(["GM0363", "GM9999"], null));
        Assert.Equal(["codes[1]"], await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity));
        Assert.Equal(before, await OutboxCountAsync());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"codes\": \"GM0363\"}")]
    [InlineData("{\"codes\": [1, 2]}")]
    [InlineData("")]
    public async Task A_body_that_is_not_an_announcement_is_a_400_problem(string body)
    {
        var response = await _client.PostAsync(Path, new StringContent(body, Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Generated_bodies_never_answer_5xx_and_a_refused_one_writes_nothing()
    {
        var code = Gen.OneOf(Gen.Const("GM0363"), Gen.Const("GM9999"), Gen.String[0, 8], Gen.Int[0, 9999].Select(n => $"GM{n:D4}"));
        var request = Gen.Select(code.Array[0, 5].Null(), Gen.OneOf(Gen.Const("PV27"), Gen.String[0, 6]).Null())
            .Select((codes, province) => (object)new AnnouncementRequest(codes, province));
        var raw = Gen.OneOf(Gen.String.Select(s => (object)s), Gen.Int.Select(i => (object)i));

        await Gen.OneOf(request, raw).SampleAsync(async body =>
        {
            var before = await OutboxCountAsync();
            using var response = await _client.PostAsJsonAsync(Path, body);
            var status = (int)response.StatusCode;
            return status < 500 && (status < 400 || await OutboxCountAsync() == before);
        }, iter: 200, threads: 1); // one at a time: the outbox count is compared before and after
    }
}
