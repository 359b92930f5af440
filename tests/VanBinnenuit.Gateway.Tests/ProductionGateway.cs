using Microsoft.AspNetCore.Hosting;
using VanBinnenuit.Gateway.Extensions;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Gateway.Tests;

/// <summary>The gateway as a deployment runs it: Production, with every setting Production requires given.</summary>
internal static class ProductionGateway
{
    public const string ForwardingKey = "a-forwarding-key-of-this-test-run-0123456789";
    public const string IngressNetwork = "10.20.0.0/16";

    /// <param name="forwardingKey">The gateway's key to the services; a test of the key itself gives its own.</param>
    public static IWebHostBuilder AsDeployed(this IWebHostBuilder web, string forwardingKey = ForwardingKey) => web
        .UseEnvironment("Production")
        // Tokens are still checked against the test issuer (TestTokens.Trust); Production wants the public https address here.
        .UseSetting("Identity:Issuer", "https://vanbinnenuit.example/")
        .UseSetting(GatewayForwarding.KeySetting, forwardingKey)
        .UseSetting(IngressForwarding.Setting, IngressNetwork);
}
