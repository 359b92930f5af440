using System.Net.Http.Headers;
using VanBinnenuit.Testing;

namespace VanBinnenuit.EndToEnd.Tests;

/// <summary>
/// The access matrix with real tokens from the identity service through the gateway: the services
/// without in-process tests of their own yet, and a sample of advice-requests' rows (its whole
/// matrix is in-process), since its rules hang on the token's role, municipality and subject; and of
/// monitoring's, whose rules hang on the role and the leader binding. Registry and identity rows, with the
/// expired, other-audience and unknown-key cases, are in their own test projects.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class AccessMatrixThroughGatewayTests(ObservedSystemFixture system)
{
    private static readonly string[] Accounts =
    [
        "coordinator@demo.vanbinnenuit.nl", "adviseur@demo.vanbinnenuit.nl", "gespreksleider@demo.vanbinnenuit.nl",
        "ambtenaar.amsterdam@demo.vanbinnenuit.nl", "ambtenaar.rotterdam@demo.vanbinnenuit.nl", "beheerder@demo.vanbinnenuit.nl",
    ];

    private static readonly string Unknown = Guid.NewGuid().ToString();

    // A 404 for the coordinator on an unknown id shows the request got past the access check.
    private static readonly (string Path, int[] Expected)[] Endpoints =
    [
        //                                                                coord adv  lead own  other admin
        ("/api/scheduling/v1/municipalities/count",                       [200, 200, 200, 200, 200, 200]),
        ("/api/monitoring/v1/municipalities/count",                       [200, 200, 200, 200, 200, 200]),
        ("/api/advice-requests/v1/municipalities/count",                  [200, 200, 200, 200, 200, 200]),
        ("/api/scheduling/v1/read-models",                                [200, 403, 403, 403, 403, 403]),
        ("/api/monitoring/v1/read-models",                                [200, 403, 403, 403, 403, 403]),
        ("/api/advice-requests/v1/read-models",                           [200, 403, 403, 403, 403, 403]),
        ($"/api/scheduling/v1/read-models/communities/{Unknown}",         [404, 403, 403, 403, 403, 403]),
        ($"/api/monitoring/v1/read-models/organisations/{Unknown}",       [404, 403, 403, 403, 403, 403]),
        ($"/api/advice-requests/v1/read-models/communities/{Unknown}",    [404, 403, 403, 403, 403, 403]),
        ($"/api/scheduling/v1/read-models/leaders/{Unknown}",             [404, 403, 403, 403, 403, 403]),
        ("/api/advice-requests/v1/advice-requests?pageSize=1",            [200, 200, 403, 200, 200, 403]),
        ($"/api/advice-requests/v1/advice-requests/{Unknown}",            [404, 404, 403, 404, 404, 403]),
        ("/api/advice-requests/v1/knowledge-base",                        [200, 200, 403, 200, 200, 403]),
        ("/api/advice-requests/v1/service-levels/attention",              [200, 200, 403, 403, 403, 403]),
        ("/api/monitoring/v1/indicators/overview",                        [200, 200, 403, 200, 200, 403]),
        ("/api/monitoring/v1/indicators/breakdown?by=province",           [200, 200, 403, 200, 200, 403]),
        ("/api/monitoring/v1/statements",                                 [200, 200, 200, 200, 200, 200]),
        ($"/api/monitoring/v1/series/{Unknown}/sessions/1/report",        [404, 403, 404, 403, 403, 403]),
    ];

    [Fact]
    public async Task Every_role_gets_exactly_the_expected_answer_and_nobody_without_a_valid_token_gets_in()
    {
        var mismatches = new List<string>();
        for (var i = 0; i < Accounts.Length; i++)
        {
            using var client = await system.SignedInClientAsync(Accounts[i]);
            await ExpectAsync(client, Accounts[i], row => row.Expected[i], mismatches);

            var tampered = TestTokens.Tamper(client.DefaultRequestHeaders.Authorization!.Parameter!, "GM0014");
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tampered);
            await ExpectAsync(client, $"{Accounts[i]} (tampered)", _ => 401, mismatches);
        }
        await ExpectAsync(system.Gateway, "no token", _ => 401, mismatches);
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static async Task ExpectAsync(HttpClient client, string caller, Func<(string Path, int[] Expected), int> expected, List<string> mismatches)
    {
        foreach (var row in Endpoints)
        {
            using var response = await client.GetAsync(row.Path);
            if ((int)response.StatusCode != expected(row))
            {
                mismatches.Add($"GET {row.Path} as {caller}: expected {expected(row)}, got {(int)response.StatusCode}");
            }
        }
    }
}
