using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace VanBinnenuit.Registry.Tests;

/// <summary>Valid drafts as clients send them, and helpers to register them through the API.</summary>
internal static class Samples
{
    public static JsonObject Community(string name, params string[] presentIn) => new()
    {
        ["name"] = name,
        ["originCountries"] = new JsonArray("SY"),
        ["languages"] = new JsonArray("ar", "kmr"),
        ["diversityNotes"] = "Soennitisch, alevitisch en christelijk; stad en platteland.",
        ["approachRoutes"] = new JsonArray("human-rights", "religious-sources"),
        ["presence"] = new JsonArray([.. presentIn.Select(code => (JsonNode)new JsonObject { ["municipalityCode"] = code })]),
    };

    public static JsonObject Organisation(string name, Guid? community = null, params string[] municipalities) => new()
    {
        ["name"] = name,
        ["kind"] = "migrant-self-organisation",
        ["kvkNumber"] = null,
        ["communityIds"] = community is { } id ? new JsonArray(id.ToString()) : new JsonArray(),
        ["municipalityCodes"] = new JsonArray([.. municipalities.Select(code => (JsonNode)code)]),
        ["contactPersons"] = new JsonArray(new JsonObject { ["name"] = "Fatima Voorbeeld", ["role"] = "voorzitter", ["email"] = "fatima@voorbeeld.nl" }),
    };

    public static JsonObject Leader(string displayName, Guid? community = null, string home = "GM0363", string language = "ar", string? email = null) => new()
    {
        ["displayName"] = displayName,
        ["email"] = email ?? $"{Guid.NewGuid():N}@voorbeeld.nl",
        ["phone"] = "+31 6 1234 5678",
        ["languages"] = new JsonArray(new JsonObject { ["code"] = language, ["proficiency"] = "native" }, new JsonObject { ["code"] = "nl", ["proficiency"] = "good" }),
        ["communityIds"] = community is { } id ? new JsonArray(id.ToString()) : new JsonArray(),
        ["topicCodes"] = new JsonArray("lgbt-acceptance", "domestic-violence"),
        ["gender"] = "woman",
        ["homeMunicipalityCode"] = home,
        ["travelMunicipalityCodes"] = new JsonArray("GM0599"),
        ["travelProvinceCodes"] = new JsonArray(),
        ["availability"] = new JsonArray(new JsonObject { ["day"] = "tuesday", ["from"] = "18:30", ["to"] = "22:00" }),
        ["absences"] = new JsonArray(new JsonObject { ["from"] = "2027-07-01", ["to"] = "2027-07-21" }),
        ["maxSessionsPerMonth"] = 6,
    };

    /// <summary>Posts a draft, asserts 201, and gives the new id and its ETag.</summary>
    public static async Task<(Guid Id, string ETag)> CreateAsync(this HttpClient client, string path, JsonObject draft)
    {
        using var response = await client.PostAsJsonAsync(path, draft);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {body}");
        return (JsonNode.Parse(body)!["id"]!.GetValue<Guid>(), response.Headers.ETag!.Tag);
    }

    public static async Task<HttpResponseMessage> PutAsync(this HttpClient client, string path, JsonObject draft, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(draft) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch == "*" ? EntityTagHeaderValue.Any : EntityTagHeaderValue.Parse(ifMatch));
        }
        return await client.SendAsync(request);
    }

    public static StringContent Csv(string text) => new(text, System.Text.Encoding.UTF8, "text/csv");
}
