using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VanBinnenuit.ApiKit;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.EndToEnd.Tests;

/// <summary>
/// A document is a contract: it may not change under the same version. tools/api-documents holds each
/// service's document as served (to read and to diff in review) and versions.json the fingerprint of every
/// version ever recorded. A changed document whose version was not raised fails here, and so does a document
/// that no longer matches its stored copy. To record a new version, raise ApiVersion in the service's project
/// file and run this test with VANBINNENUIT_RECORD_API_DOCUMENTS=1 (README, "API versions and deprecation").
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ApiDocumentSnapshotTests(ObservedSystemFixture system)
{
    private static readonly string Folder = Path.Combine(TestArtefacts.RepositoryRoot, "tools", "api-documents");
    private static readonly string Ledger = Path.Combine(Folder, "versions.json");
    private static readonly bool Recording = Environment.GetEnvironmentVariable("VANBINNENUIT_RECORD_API_DOCUMENTS") == "1";
    private static readonly SemaphoreSlim LedgerLock = new(1, 1);

    public static TheoryData<string> Services => new(ResourceNames.ApiServices);

    [Theory]
    [MemberData(nameof(Services))]
    public async Task A_document_changes_only_with_its_version(string service)
    {
        var document = Canonical(await system.Gateway.GetStringAsync($"/api/{service}/v1/openapi.json"));
        var version = JsonNode.Parse(document)!["info"]!["version"]!.GetValue<string>();
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
        var stored = Path.Combine(Folder, $"{service}.openapi.json");

        await LedgerLock.WaitAsync();
        try
        {
            var ledger = File.Exists(Ledger) ? JsonNode.Parse(await File.ReadAllTextAsync(Ledger))!.AsObject() : [];
            var versions = ledger[service]?.AsObject();
            var recorded = versions?[version]?.GetValue<string>();
            if (Recording && recorded is null)
            {
                versions ??= [];
                versions[version] = fingerprint;
                ledger[service] = versions;
                await File.WriteAllTextAsync(Ledger, ledger.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
                await File.WriteAllTextAsync(stored, document);
                recorded = fingerprint;
            }
            Assert.True(recorded is not null,
                $"{service} {version} is a version never recorded: run this test with VANBINNENUIT_RECORD_API_DOCUMENTS=1 to record it.");
            Assert.True(recorded == fingerprint,
                $"The {service} document changed, but its version {version} did not: raise ApiVersion in the service's project file "
                + "(patch for descriptions, minor for additions, a new major path for anything that breaks), then record it.");
            Assert.True(File.Exists(stored) && await File.ReadAllTextAsync(stored) == document,
                $"tools/api-documents/{service}.openapi.json is not the document of {service} {version}: record it again.");
        }
        finally
        {
            LedgerLock.Release();
        }
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task The_API_Version_header_is_the_documents_version(string service)
    {
        using var response = await system.Gateway.GetAsync($"/api/{service}/v1/openapi.json");
        var version = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["info"]!["version"]!.GetValue<string>();
        Assert.Matches(@"^\d+\.\d+\.\d+$", version);
        Assert.Equal(version, response.Headers.GetValues(ApiVersion.HeaderName).Single());
    }

    /// <summary>The document as it is served, indented, so the stored copy reads and diffs line by line.</summary>
    private static string Canonical(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
}
