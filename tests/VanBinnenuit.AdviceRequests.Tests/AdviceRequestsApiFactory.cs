using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ReadModels;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.AdviceRequests.Tests;

/// <summary>Advice requests in-process on a real PostgreSQL database of its own, with read models as the registry's events would have left them.</summary>
public sealed class AdviceRequestsApiFactory(string database, string broker, IReadOnlyDictionary<string, string>? settings)
    : ServiceApiFactory<AdviceRequestsDbContext>(ResourceNames.AdviceRequests, ResourceNames.AdviceRequestsDb, database, broker)
{
    public static readonly Guid Community = Guid.Parse("01930000-0000-7000-8000-0000000000c1");
    public static readonly Guid Organisation = Guid.Parse("01930000-0000-7000-8000-0000000000a1");
    public static readonly Guid RetiredCommunity = Guid.Parse("01930000-0000-7000-8000-0000000000c9");
    /// <summary>The account ids of two advisors, so a test can act twice as the same one.</summary>
    public const string AdvisorA = "advisor-a";
    public const string AdvisorB = "advisor-b";

    public static async Task<AdviceRequestsApiFactory> StartAsync(InfrastructureFixture infrastructure, string prefix, IReadOnlyDictionary<string, string>? settings = null)
    {
        var factory = new AdviceRequestsApiFactory(
            await infrastructure.FreshDatabaseAsync(ResourceNames.AdviceRequestsDb, prefix),
            await infrastructure.FreshBrokerAsync(prefix), settings);
        await factory.StartedAsync();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AdviceRequestsDbContext>();
        db.Set<MunicipalityReference>().AddRange(
            new MunicipalityReference { Code = "GM0363", Name = "Amsterdam", ProvinceCode = "PV27", ProvinceName = "Noord-Holland" },
            new MunicipalityReference { Code = "GM0599", Name = "Rotterdam", ProvinceCode = "PV28", ProvinceName = "Zuid-Holland" },
            new MunicipalityReference { Code = "GM0007", Name = "Bellingwedde", ProvinceCode = "PV20", ProvinceName = "Groningen", ValidTo = new DateOnly(2017, 12, 31) });
        db.Set<CommunityReference>().AddRange(
            new CommunityReference { Id = Community, Name = "Syrisch", Active = true, MunicipalityCodes = ["GM0363"] },
            new CommunityReference { Id = RetiredCommunity, Name = "Oud", Active = false, MunicipalityCodes = ["GM0363"] });
        db.Set<OrganisationReference>().Add(new OrganisationReference { Id = Organisation, Name = "Stichting", Kind = "migrant-self-organisation", Active = true });
        await db.SaveChangesAsync();
        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient Officer(string municipality = "GM0363") => ClientFor(Roles.MunicipalOfficer, municipality, subject: $"officer-{municipality}");

    public HttpClient Advisor(string subject = AdvisorA) => ClientFor(Roles.Advisor, subject: subject);

    public HttpClient Coordinator() => ClientFor(Roles.Coordinator, subject: "coordinator-1");
}

/// <summary>Requests as tests send them, and the moves that bring one to a stage.</summary>
public static class CaseRequests
{
    public static object Draft(string municipality = "GM0363") => new
    {
        municipalityCode = municipality,
        communityIds = new[] { AdviceRequestsApiFactory.Community },
        organisationIds = new[] { AdviceRequestsApiFactory.Organisation },
        topicCodes = new[] { "lgbt-acceptance" },
        approachStep = 1,
        question = "Hoe betrekken wij de Syrische gemeenschap bij ons beleid?",
        hopes = new[] { "advice", "meeting-series" },
        desiredFrom = "2027-03-01",
        desiredUntil = "2027-06-30",
        contact = new { name = "A. Ambtenaar", email = "a.ambtenaar@amsterdam.nl", phone = "+31 20 123 4567" },
    };

    public static async Task<Guid> SubmitAsync(HttpClient client, string municipality = "GM0363")
    {
        using var response = await client.PostAsJsonAsync("/v1/advice-requests", Draft(municipality));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>POSTs a move with If-Match: * and returns the answer.</summary>
    public static Task<HttpResponseMessage> MoveAsync(HttpClient client, Guid id, object change) =>
        SendAsync(client, HttpMethod.Post, $"/v1/advice-requests/{id}/status-changes", change);

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object body, string ifMatch = "*")
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    public static async Task OkAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Submitted by the own officer, triaged and taken by advisor A, started: ready for advice.</summary>
    public static async Task<Guid> InProgressAsync(AdviceRequestsApiFactory factory)
    {
        using var officer = factory.Officer();
        using var advisor = factory.Advisor();
        var id = await SubmitAsync(officer);
        await OkAsync(MoveAsync(advisor, id, new { action = "triage" }));
        await OkAsync(MoveAsync(advisor, id, new { action = "assign" }));
        await OkAsync(MoveAsync(advisor, id, new { action = "start" }));
        return id;
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
