using System.Net;
using System.Net.Http.Headers;
using VanBinnenuit.Testing;

namespace VanBinnenuit.EndToEnd.Tests;

/// <summary>
/// The access matrix of the services that have no in-process tests of their own yet, with real
/// tokens from the identity service through the gateway. Registry and identity rows, with the
/// expired, other-audience and unknown-key cases, are in their own test projects.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class AccessMatrixThroughGatewayTests(SystemFixture system)
{
    private static readonly string[] Accounts =
    [
        "coordinator@demo.vanbinnenuit.nl", "adviseur@demo.vanbinnenuit.nl", "gespreksleider@demo.vanbinnenuit.nl",
        "ambtenaar.amsterdam@demo.vanbinnenuit.nl", "ambtenaar.rotterdam@demo.vanbinnenuit.nl", "beheerder@demo.vanbinnenuit.nl",
    ];

    private static readonly string[] Endpoints =
    [
        "/api/scheduling/v1/municipalities/count",
        "/api/monitoring/v1/municipalities/count",
        "/api/advice-requests/v1/municipalities/count",
    ];

    [Fact]
    public async Task Every_role_reads_the_counts_and_nobody_without_a_valid_token_does()
    {
        var mismatches = new List<string>();
        foreach (var account in Accounts)
        {
            using var client = await system.SignedInClientAsync(account);
            await ExpectAsync(client, account, HttpStatusCode.OK, mismatches);

            var tampered = TestTokens.Tamper(client.DefaultRequestHeaders.Authorization!.Parameter!, "GM0014");
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tampered);
            await ExpectAsync(client, $"{account} (tampered)", HttpStatusCode.Unauthorized, mismatches);
        }
        await ExpectAsync(system.Gateway, "no token", HttpStatusCode.Unauthorized, mismatches);
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static async Task ExpectAsync(HttpClient client, string caller, HttpStatusCode expected, List<string> mismatches)
    {
        foreach (var endpoint in Endpoints)
        {
            using var response = await client.GetAsync(endpoint);
            if (response.StatusCode != expected)
            {
                mismatches.Add($"GET {endpoint} as {caller}: expected {(int)expected}, got {(int)response.StatusCode}");
            }
        }
    }
}
