using CsCheck;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.ServiceDefaults.Auth;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Registry.Tests;

/// <summary>Whatever a client sends, the answer is a success or a 4xx problem, never a 5xx.</summary>
[Collection(RegistryCollection.Name)]
public sealed class GeneratedInputTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private RegistryApiFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new RegistryApiFactory(
            await infrastructure.FreshDatabaseAsync(ResourceNames.RegistryDb, "registry_gen"),
            await infrastructure.ConnectionStringAsync(ResourceNames.Broker));
        _client = _factory.ClientFor(Roles.Coordinator);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.String,
        Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Long.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Const("PV27"), Gen.Const("GM0363"), Gen.Const(""), Gen.Const("%"), Gen.Const("'; DROP TABLE municipalities;--"));

    private static readonly Gen<string> Key = Gen.OneOf(
        Gen.Const("page"), Gen.Const("pageSize"), Gen.Const("province"), Gen.Const("name"), Gen.String[1, 10]);

    [Fact]
    public async Task Generated_list_queries_never_answer_5xx()
    {
        await Gen.Select(Key, Value).Array[0, 5].SampleAsync(async pairs =>
        {
            var query = string.Join("&", pairs.Select(p => $"{Uri.EscapeDataString(p.Item1)}={Uri.EscapeDataString(p.Item2)}"));
            using var response = await _client.GetAsync($"/v1/municipalities?{query}");
            return (int)response.StatusCode < 500;
        }, iter: 300);
    }

    [Fact]
    public async Task Generated_codes_never_answer_5xx()
    {
        await Gen.String[0, 40].SampleAsync(async code =>
        {
            using var response = await _client.GetAsync($"/v1/municipalities/{Uri.EscapeDataString(code)}");
            return (int)response.StatusCode < 500;
        }, iter: 300);
    }
}
