using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using VanBinnenuit.Testing;

namespace VanBinnenuit.EndToEnd.Tests;

/// <summary>
/// What a municipality's developer does with our documents: generate a C# client with Kiota (the dotnet tool in
/// dotnet-tools.json), build it untouched beside their own program (tools/api-clients), and call the system
/// through the gateway with their machine client's token. If a document says something the service does not do,
/// the generated code fails to build, to send or to read, and so does this test.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class GeneratedClientTests(ObservedSystemFixture system)
{
    private const string ClientId = "demo-gm0363-system";
    private const string ClientSecret = "demo-secret-gm0363";
    private const string Municipality = "GM0363";

    [Fact]
    public async Task A_generated_client_submits_a_request_adds_a_document_and_follows_status_and_history()
    {
        var output = await GenerateBuildAndRunAsync("advice-requests", "Gemeente.Advies", "AdviceRequestsClient");

        var id = Guid.Parse(Line(output, "submitted").Split(' ')[1]);
        Assert.Equal($"submitted {id} Submitted", Line(output, "submitted"));
        Assert.StartsWith("document beleidsnotitie.txt text/plain", Line(output, "document"));
        Assert.Equal("status Submitted OnTrack", Line(output, "status"));
        Assert.Equal(["audit submit", "audit add-document"], output.Where(l => l.StartsWith("audit ", StringComparison.Ordinal)));
        // The generated client raised the service's 400 for a request without a question, as ApiException.
        Assert.Equal("refused 400", Line(output, "refused"));

        // And the system holds what the client said it did, read without the generated code.
        using var http = await MachineClientAsync();
        var request = await http.GetFromJsonAsync<JsonElement>($"/api/advice-requests/v1/advice-requests/{id}");
        Assert.Equal(Municipality, request.GetProperty("municipalityCode").GetString());
        var documents = await http.GetFromJsonAsync<JsonElement>($"/api/advice-requests/v1/advice-requests/{id}/documents");
        Assert.Equal("beleidsnotitie.txt", Assert.Single(documents.EnumerateArray()).GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task A_generated_client_reads_the_monitoring_overview_as_the_service_answers_it()
    {
        var output = await GenerateBuildAndRunAsync("monitoring", "Gemeente.Monitoring", "MonitoringClient");

        using var http = await MachineClientAsync();
        var overview = await http.GetFromJsonAsync<JsonElement>($"/api/monitoring/v1/indicators/overview?municipality={Municipality}");
        Assert.Equal(
            $"overview {overview.GetProperty("sessionsHeld").GetInt32()} {overview.GetProperty("seriesStarted").GetInt32()} {overview.GetProperty("suppressed").GetBoolean()}",
            Line(output, "overview"));
    }

    private async Task<IReadOnlyList<string>> GenerateBuildAndRunAsync(string service, string ns, string className)
    {
        var sources = Path.Combine(TestArtefacts.RepositoryRoot, "tools", "api-clients");
        // Outside the checkout, so none of the repository's build settings or central package versions apply.
        var folder = Path.Combine(Path.GetTempPath(), "vanbinnenuit-clients", $"{service}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            File.Copy(Path.Combine(sources, "Client.csproj"), Path.Combine(folder, "Client.csproj"));
            File.Copy(Path.Combine(sources, "Token.cs"), Path.Combine(folder, "Token.cs"));
            File.Copy(Path.Combine(sources, service, "Program.cs"), Path.Combine(folder, "Program.cs"));
            var document = Path.Combine(folder, "openapi.json");
            await File.WriteAllTextAsync(document, await system.Gateway.GetStringAsync($"/api/{service}/v1/openapi.json"));

            var generated = await Commands.RunAsync("dotnet",
                ["kiota", "generate", "--openapi", document, "--language", "CSharp", "--output", Path.Combine(folder, "Generated"),
                    "--namespace-name", ns, "--class-name", className, "--clean-output", "--log-level", "Error"],
                TestArtefacts.RepositoryRoot, new Dictionary<string, string> { ["KIOTA_UPDATE_DISABLED"] = "true" });
            Assert.True(generated.ExitCode == 0, $"Kiota could not generate a client from the {service} document: {generated}");

            var built = await Commands.RunAsync("dotnet", ["build", "-nologo", "-v", "quiet"], folder);
            Assert.True(built.ExitCode == 0, $"The client generated from the {service} document does not build: {built}");

            var ran = await Commands.RunAsync("dotnet",
                [Path.Combine(folder, "bin", "Debug", "net10.0", "Client.dll"), system.Gateway.BaseAddress!.ToString(), ClientId, ClientSecret, Municipality],
                folder);
            Assert.True(ran.ExitCode == 0, $"The program with the generated {service} client failed: {ran}");
            return ran.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Line(IReadOnlyList<string> output, string prefix) =>
        output.SingleOrDefault(l => l.StartsWith(prefix + " ", StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No line '{prefix} …' in the program's output:\n{string.Join('\n', output)}");

    private async Task<HttpClient> MachineClientAsync()
    {
        using var response = await system.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ClientId,
            ["client_secret"] = ClientSecret,
            ["scope"] = "api",
        }));
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        var client = new HttpClient { BaseAddress = system.Gateway.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
