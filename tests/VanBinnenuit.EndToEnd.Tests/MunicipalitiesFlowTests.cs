using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VanBinnenuit.ApiKit;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.EndToEnd.Tests;

[Collection(SystemCollection.Name)]
public sealed class MunicipalitiesFlowTests(ObservedSystemFixture system)
{
    private const int Municipalities = 342;

    [Fact]
    public async Task The_registry_answers_through_the_gateway_with_links_that_work_there()
    {
        using var page = JsonDocument.Parse(await system.Coordinator.GetStringAsync("/api/registry/v1/municipalities?page=1&pageSize=5"));
        Assert.Equal(Municipalities, page.RootElement.GetProperty("totalItems").GetInt32());
        Assert.Equal(5, page.RootElement.GetProperty("items").GetArrayLength());

        var next = page.RootElement.GetProperty("_links").GetProperty("next").GetProperty("href").GetString()!;
        Assert.StartsWith("/api/registry/v1/municipalities?", next);
        using var second = await system.Coordinator.GetAsync(next);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Theory]
    [InlineData(ResourceNames.Scheduling)]
    [InlineData(ResourceNames.Monitoring)]
    [InlineData(ResourceNames.AdviceRequests)]
    public async Task Every_consuming_service_learns_every_municipality_from_the_registry_events(string service)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        int count;
        do
        {
            var answer = await system.Coordinator.GetFromJsonAsync<JsonElement>($"/api/{service}/v1/municipalities/count");
            count = answer.GetProperty("count").GetInt32();
            if (count == Municipalities)
            {
                break;
            }
            await Task.Delay(500);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Equal(Municipalities, count);
    }

    [Fact]
    public async Task Bad_input_through_the_gateway_is_a_problem_not_a_server_error()
    {
        using var response = await system.Coordinator.GetAsync("/api/registry/v1/municipalities/not-a-code");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("/api/registry/v1/municipalities/not-a-code", problem.RootElement.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task API_responses_carry_the_security_headers_and_are_not_cached()
    {
        using var response = await system.Coordinator.GetAsync("/api/registry/v1/municipalities/GM0363");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Matches(@"^\d+\.\d+\.\d+$", response.Headers.GetValues(ApiVersion.HeaderName).Single());
    }

    [Fact]
    public async Task The_landing_page_links_every_service_API_document_and_each_one_is_served()
    {
        var landing = await system.Gateway.GetStringAsync("/api");
        foreach (var service in ResourceNames.ApiServices)
        {
            var document = $"/api/{service}/v1/openapi.json";
            Assert.Contains(document, landing);
            using var response = await system.Gateway.GetAsync(document);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_gateway_is_ready_only_with_all_services_ready()
    {
        using var response = await system.Gateway.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
