using Microsoft.Extensions.Configuration;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.ServiceDefaults.Tests;

/// <summary>What Production refuses: missing settings, public defaults (the demo's, the images'), weak or local values; never printing a value.</summary>
public sealed class ProductionSettingsTests
{
    [Theory]
    [InlineData(null, "is missing")]
    [InlineData("demo-secret-web", "is a development default")]
    [InlineData("changeme", "is a development default")]
    [InlineData("short-but-not-default", "is shorter than 32 characters")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934c", null)]
    public void A_secret_is_long_and_not_public(string? value, string? problem) =>
        Assert.Equal(problem, RequiredSetting.Secret("X").Problem(value));

    [Theory]
    [InlineData("Host=db;Username=registry;Database=registry", "has no password")]
    [InlineData("Host=db;Username=registry;Password=postgres;Database=registry", "has a default password")]
    [InlineData("Host=db;Username=registry;Password=Xk29-fQ81-mm3Z;Database=registry", null)]
    [InlineData("not a connection string at all", "has no password")]
    public void A_database_connection_has_a_password_of_its_own(string value, string? problem) =>
        Assert.Equal(problem, RequiredSetting.DatabaseConnection("registrydb").Problem(value));

    [Theory]
    [InlineData("amqp://guest:guest@rabbit:5672/", "uses a default account or password")]
    [InlineData("amqp://vanbinnenuit@rabbit:5672/", "has no password")]
    [InlineData("amqp://vanbinnenuit:Zq81-kk20-PP1x@rabbit:5672/", null)]
    public void A_broker_connection_is_not_the_guest_account(string value, string? problem) =>
        Assert.Equal(problem, RequiredSetting.BrokerConnection("messaging").Problem(value));

    [Theory]
    [InlineData("http://vanbinnenuit.example/", "is not an https:// address")]
    [InlineData("https://localhost:5080/", "is a local address")]
    [InlineData("https://vanbinnenuit.example/", null)]
    public void An_issuer_is_a_public_https_address(string value, string? problem) =>
        Assert.Equal(problem, RequiredSetting.HttpsAddress("Identity:Issuer").Problem(value));

    [Fact]
    public void Problems_name_each_key_once_and_never_its_value()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Web:ClientSecret"] = "demo-secret-web",
        }).Build();

        var problems = ProductionSettings.Problems(configuration,
            [RequiredSetting.Secret("Web:ClientSecret"), RequiredSetting.Secret("Web:ClientSecret"), RequiredSetting.Present("Web:ClientId")]);

        Assert.Equal(["Web:ClientSecret is a development default", "Web:ClientId is missing"], problems);
        Assert.DoesNotContain(problems, p => p.Contains("demo-secret-web", StringComparison.Ordinal));
    }
}
