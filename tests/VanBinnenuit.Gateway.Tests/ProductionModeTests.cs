using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VanBinnenuit.Gateway.Extensions;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Gateway.Tests;

/// <summary>
/// Production as a deployment runs it: no start on a missing or public setting, HTTPS and the client's
/// address believed from the ingress only, and Warning as the log level unless the settings say otherwise.
/// </summary>
public sealed class ProductionModeTests
{
    private const string PeerHeader = "X-Test-Peer";

    [Fact]
    public void Production_refuses_to_start_on_missing_or_development_settings_and_names_them_without_their_values()
    {
        using var gateway = new WebApplicationFactory<GatewayOptions>().WithWebHostBuilder(web => web
            .UseEnvironment("Production")
            .UseSetting("Identity:Issuer", "http://localhost:5080/")
            .UseSetting(GatewayForwarding.KeySetting, "demo-forwarding-key"));

        var refused = Assert.ThrowsAny<Exception>(() => gateway.CreateClient());

        var message = Flatten(refused);
        Assert.Contains("Identity:Issuer is not an https:// address", message);
        Assert.Contains($"{GatewayForwarding.KeySetting} is a development default", message);
        Assert.Contains($"{IngressForwarding.Setting} is missing", message);
        Assert.DoesNotContain("demo-forwarding-key", message);
    }

    [Theory]
    [InlineData("10.20.0.0/16, 10.30.0.0/16x", "has '10.30.0.0/16x', which is no CIDR range")]
    [InlineData(" , ", "names no CIDR range")]
    public void Production_refuses_an_ingress_network_that_does_not_parse_rather_than_trusting_less_than_meant(string networks, string expected)
    {
        using var gateway = new WebApplicationFactory<GatewayOptions>().WithWebHostBuilder(web => web
            .AsDeployed()
            .UseSetting(IngressForwarding.Setting, networks));

        var refused = Assert.ThrowsAny<Exception>(() => gateway.CreateClient());

        Assert.Contains($"{IngressForwarding.Setting} {expected}", Flatten(refused));
    }

    [Fact]
    public void Production_starts_when_every_setting_is_given()
    {
        using var gateway = new WebApplicationFactory<GatewayOptions>().WithWebHostBuilder(web => web.AsDeployed());

        using var client = gateway.CreateClient();

        Assert.NotNull(client);
    }

    [Theory]
    [InlineData("10.20.4.7", true)]
    [InlineData("192.0.2.44", false)]
    public async Task Https_from_the_ingress_is_believed_from_its_network_only(string peer, bool fromIngress)
    {
        using var gateway = Deployed();
        using var client = gateway.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://vanbinnenuit.example") /* HSTS skips localhost */ });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api");
        request.Headers.Add(PeerHeader, peer);
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);

        // HSTS is sent on HTTPS only: here, on what the ingress says was HTTPS.
        Assert.Equal(fromIngress, response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void Production_logs_warnings_by_default()
    {
        using var gateway = Deployed();
        var logger = gateway.Services.GetRequiredService<ILoggerFactory>().CreateLogger("VanBinnenuit.Test");

        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }

    [Fact]
    public void An_operator_s_log_level_still_decides_in_Production()
    {
        Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Information");
        try
        {
            using var gateway = Deployed();
            var logger = gateway.Services.GetRequiredService<ILoggerFactory>().CreateLogger("VanBinnenuit.Test");

            Assert.True(logger.IsEnabled(LogLevel.Information));
        }
        finally
        {
            Environment.SetEnvironmentVariable("Logging__LogLevel__Default", null);
        }
    }

    /// <summary>A deployed gateway whose connections come from the address a test names (in-process requests have none).</summary>
    private static WebApplicationFactory<GatewayOptions> Deployed() => new WebApplicationFactory<GatewayOptions>().WithWebHostBuilder(web => web
        .AsDeployed()
        .ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new PeerFromHeader())));

    private static string Flatten(Exception exception) =>
        exception.InnerException is { } inner ? $"{exception.Message} {Flatten(inner)}" : exception.Message;

    private sealed class PeerFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(PeerHeader, out var peer) && IPAddress.TryParse(peer, out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
