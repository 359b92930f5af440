using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;

namespace VanBinnenuit.Testing;

/// <summary>
/// Request bodies for the "never a 5xx" tests: objects made of a service's own field names, nested
/// two deep, with values of every JSON type and the codes and dates the service knows; plus text
/// that is not JSON at all.
/// </summary>
public static class GeneratedJson
{
    public static readonly Gen<string> Text = Gen.OneOf(
        Gen.String,
        Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture)),
        Gen.OneOf("PV27", "GM0363", "", "%", "'; DROP TABLE municipalities;--"));

    private static readonly string[] KnownValues =
    [
        "ar", "native", "monday", "18:30", "25:99", "2027-02-30", "2027-01-01", "2027-09-07T19:30", "2027-03-28T02:30", "GM0363", "PV27",
        "human-rights", "lgbt-acceptance", "migrant-self-organisation", "women", "12345678", "a@b.nl", "01930000-0000-7000-8000-0000000000c1",
    ];

    private static readonly Gen<JsonNode?> Scalar = Gen.OneOf(
        Text.Select(v => (JsonNode?)JsonValue.Create(v)),
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Double.Select(d => (JsonNode?)JsonValue.Create(double.IsFinite(d) ? d : 0)),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Guid.Select(g => (JsonNode?)JsonValue.Create(g)),
        Gen.OneOf(KnownValues).Select(v => (JsonNode?)JsonValue.Create(v)),
        Gen.Const((JsonNode?)null));

    public static Gen<string> Bodies(params string[] fields)
    {
        var node = Gen.Recursive<JsonNode?>((depth, inner) => depth >= 2
            ? Scalar
            : Gen.Frequency(
                (4, Scalar),
                (2, inner.Array[0, 4].Select(items => (JsonNode?)new JsonArray(items))),
                (2, Gen.Select(Gen.OneOf(fields), inner).Array[0, 6].Select(ToObject))));
        return Gen.Frequency(
            (8, Gen.Select(Gen.OneOf(fields), node).Array[0, 14].Select(pairs => ToObject(pairs)!.ToJsonString())),
            (1, Gen.String),
            (1, Gen.OneOf("", "null", "[]", "{", "{\"name\":", "{\"languages\":[{\"code\":1e999}]}")));
    }

    /// <summary>Sends generated bodies to each write endpoint (with <c>If-Match: *</c>) and fails, naming the endpoint, on any 5xx.</summary>
    public static async Task AssertNoServerErrorsAsync(HttpClient client, IEnumerable<(string Method, string Path)> writes, Gen<string> bodies, int iter = 60)
    {
        foreach (var (method, path) in writes)
        {
            await bodies.SampleAsync(async body =>
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
                request.Headers.TryAddWithoutValidation("If-Match", "*");
                using var response = await client.SendAsync(request);
                // Thrown rather than returned, so the report names the endpoint as well as the body.
                Xunit.Assert.True((int)response.StatusCode < 500, $"{method} {path} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }, iter: iter);
        }
    }

    private static JsonNode? ToObject((string Key, JsonNode? Value)[] pairs)
    {
        var result = new JsonObject();
        foreach (var (key, value) in pairs.DistinctBy(p => p.Key))
        {
            result[key] = value;
        }
        return result;
    }
}
