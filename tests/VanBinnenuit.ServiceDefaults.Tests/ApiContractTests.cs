using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using VanBinnenuit.ApiKit;

namespace VanBinnenuit.ServiceDefaults.Tests;

/// <summary>What every service's document and answers get from the shared defaults, on a service of three endpoints.</summary>
public sealed class ApiContractTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private JsonNode _document = null!;

    public async Task InitializeAsync()
    {
        _app = await ContractService.StartAsync();
        _client = _app.GetTestClient();
        _document = JsonNode.Parse(await _client.GetStringAsync("/v1/openapi.json"))!;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    private JsonNode Schema(string name) => _document["components"]!["schemas"]![name]!;

    [Fact]
    public async Task The_API_Version_header_is_the_services_own_version_and_the_documents()
    {
        using var response = await _client.GetAsync("/v1/old-things");
        Assert.Equal("2.3.4", response.Headers.GetValues(ApiVersion.HeaderName).Single());
        Assert.Equal("2.3.4", _document["info"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public void A_field_the_service_requires_is_required_and_not_nullable_and_the_rest_may_be_left_out()
    {
        var draft = Schema("ThingDraft");
        var required = draft["required"]!.AsArray().Select(n => n!.GetValue<string>()).Order().ToList();
        // Order is an int: always sent, so listed; Note and Count are nullable and optional.
        Assert.Equal(["name", "order"], required);
        Assert.Equal("string", draft["properties"]!["name"]!["type"]!.GetValue<string>());
        Assert.Contains("null", draft["properties"]!["note"]!["type"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public void Integers_are_integers_not_strings_with_a_pattern()
    {
        var count = Schema("ThingDraft")["properties"]!["count"]!;
        Assert.Equal(["integer", "null"], count["type"]!.AsArray().Select(t => t!.GetValue<string>()).Order());
        Assert.Null(count["pattern"]);
        Assert.Equal("integer", Schema("ThingResponse")["properties"]!["count"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Each_operation_shows_its_types_examples_as_the_API_writes_them()
    {
        var add = _document["paths"]!["/things"]!["post"]!;
        Assert.Equal("Lamp", add["requestBody"]!["content"]!["application/json"]!["example"]!["name"]!.GetValue<string>());
        var created = add["responses"]!["201"]!["content"]!["application/json"]!["example"]!;
        Assert.Equal("0b7d5c1e-27a4-4c1f-9a55-3f1f4a8e2d10", created["id"]!.GetValue<string>());
        // camelCase and an integer, as the serializer writes it, not the C# names.
        Assert.Equal(2, created["count"]!.GetValue<int>());
        var page = _document["paths"]!["/things"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["example"]!;
        Assert.Equal("Lamp", page["items"]![0]!["name"]!.GetValue<string>());
        Assert.NotNull(page["_links"]!["next"]);
        var list = _document["paths"]!["/old-things"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["example"]!;
        Assert.Single(list.AsArray());
    }

    [Fact]
    public async Task A_number_sent_as_a_string_is_refused()
    {
        using var response = await _client.PostAsJsonAsync("/v1/things", new { name = "a", count = "3", order = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void A_change_that_needs_the_version_read_declares_If_Match_412_428_and_its_own_problems()
    {
        var operation = _document["paths"]!["/things/{id}"]!["put"]!;
        var ifMatch = operation["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "If-Match")!;
        Assert.Equal("header", ifMatch["in"]!.GetValue<string>());
        Assert.True(ifMatch["required"]!.GetValue<bool>());
        var statuses = operation["responses"]!.AsObject().Select(r => r.Key).Order().ToList();
        Assert.Equal(["200", "400", "401", "403", "404", "409", "412", "428", "429"], statuses);
        foreach (var status in statuses.Where(s => s[0] == '4'))
        {
            Assert.NotNull(operation["responses"]![status]!["content"]!["application/problem+json"]);
        }
    }

    [Fact]
    public void A_handlers_XML_comment_is_its_operations_summary_description_and_parameter_text()
    {
        var operation = _document["paths"]!["/things/{id}"]!["put"]!;
        Assert.Equal("Changes a thing.", operation["summary"]!.GetValue<string>());
        Assert.Equal("Only at the version read: send its ETag as `If-Match`.\n\nA second paragraph, for ThingDraft.", operation["description"]!.GetValue<string>());
        var id = operation["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "id")!;
        Assert.Equal("The thing's id.", id["description"]!.GetValue<string>());
    }

    [Fact]
    public void An_open_operation_does_not_claim_401_or_403()
    {
        var statuses = _document["paths"]!["/things"]!["post"]!["responses"]!.AsObject().Select(r => r.Key).Order();
        Assert.Equal(["201", "400", "429"], statuses);
    }

    [Fact]
    public async Task A_deprecated_operation_says_so_in_the_document_and_in_every_answer()
    {
        var operation = _document["paths"]!["/old-things"]!["get"]!;
        Assert.True(operation["deprecated"]!.GetValue<bool>());
        Assert.Equal("2027-06-01", operation["x-sunset"]!.GetValue<string>());
        Assert.NotNull(operation["responses"]!["200"]!["headers"]!["Sunset"]);

        using var response = await _client.GetAsync("/v1/old-things");
        Assert.Equal($"@{ContractService.DeprecatedSince.ToUnixTimeSeconds()}", response.Headers.GetValues("Deprecation").Single());
        Assert.Equal("Tue, 01 Jun 2027 00:00:00 GMT", response.Headers.GetValues("Sunset").Single());
        Assert.Equal("</v1/things>; rel=\"successor-version\"", response.Headers.GetValues("Link").Single());

        using var current = await _client.PostAsJsonAsync("/v1/things", new { name = "a", order = 1 });
        Assert.False(current.Headers.Contains("Deprecation"));
    }

    [Fact]
    public void A_sunset_sooner_than_the_notice_period_is_refused_when_the_endpoint_is_mapped()
    {
        var builder = WebApplication.CreateBuilder();
        var app = builder.Build();
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            app.MapGet("/v1/soon", () => "x").Deprecated(ContractService.DeprecatedSince, DateOnly.FromDateTime(ContractService.DeprecatedSince.UtcDateTime).AddDays(30)));
    }
}
