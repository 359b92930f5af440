using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace VanBinnenuit.ServiceDefaults;

/// <summary>
/// A setting a process cannot run for real without: a secret, a connection's password, an address. In
/// Production a process refuses to start while one is missing or still a development default (see
/// <see cref="ProductionSettingsCheck"/>); in Development the app host and the demo provide them.
/// </summary>
/// <param name="Key">The configuration key (<c>ConnectionStrings:registrydb</c>), as an operator sets it (<c>ConnectionStrings__registrydb</c>).</param>
/// <param name="Problem">Why the value cannot be used, or null when it can.</param>
public sealed record RequiredSetting(string Key, Func<string?, string?> Problem)
{
    /// <summary>Values that are public: the demo's, the images' and the tutorials' defaults.</summary>
    private static readonly string[] KnownDefaults = ["postgres", "password", "guest", "changeme", "change-me", "secret", "admin"];

    /// <summary>A shared secret: at least 32 characters, and none of the demo's (<c>demo-</c>…) or a default.</summary>
    public static RequiredSetting Secret(string key) => new(key, value =>
        string.IsNullOrWhiteSpace(value) ? "is missing"
        : IsDefault(value) ? "is a development default"
        : value.Length < 32 ? "is shorter than 32 characters"
        : null);

    /// <summary>An address clients are sent to or tokens name: absolute and HTTPS.</summary>
    public static RequiredSetting HttpsAddress(string key) => new(key, value =>
        string.IsNullOrWhiteSpace(value) ? "is missing"
        : !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps ? "is not an https:// address"
        : uri.IsLoopback ? "is a local address"
        : null);

    /// <summary>A value that must be given (a folder, a list), whatever it is.</summary>
    public static RequiredSetting Present(string key) => new(key, value => string.IsNullOrWhiteSpace(value) ? "is missing" : null);

    /// <summary>A PostgreSQL connection string whose password is given and is no default.</summary>
    public static RequiredSetting DatabaseConnection(string name) => new($"ConnectionStrings:{name}", value =>
        string.IsNullOrWhiteSpace(value) ? "is missing"
        : PasswordOf(value) is not { Length: > 0 } password ? "has no password"
        : IsDefault(password) ? "has a default password"
        : null);

    /// <summary>An AMQP address whose account is not RabbitMQ's guest and whose password is no default.</summary>
    public static RequiredSetting BrokerConnection(string name) => new($"ConnectionStrings:{name}", value =>
    {
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return "is missing or not an amqp:// address";
        }
        var account = Uri.UnescapeDataString(uri.UserInfo).Split(':', 2);
        return account.Length < 2 || account[1].Length == 0 ? "has no password"
            : account[0] == "guest" || IsDefault(account[1]) ? "uses a default account or password"
            : null;
    });

    private static bool IsDefault(string value) =>
        value.StartsWith("demo-", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("Demo-wachtwoord", StringComparison.OrdinalIgnoreCase)
        || KnownDefaults.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase);

    private static string? PasswordOf(string connectionString)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
            return builder.TryGetValue("Password", out var password) ? password?.ToString() : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

public static class ProductionSettings
{
    /// <summary>Adds settings this process needs in Production; they are checked together as the host starts.</summary>
    public static IHostApplicationBuilder RequireInProduction(this IHostApplicationBuilder builder, params RequiredSetting[] settings)
    {
        foreach (var setting in settings)
        {
            builder.Services.AddSingleton(setting);
        }
        return builder;
    }

    /// <summary>
    /// Production logs at Warning unless its settings say otherwise: a busy system's Information lines fill
    /// the operator's log store with what the traces already hold. The default sits just above
    /// <c>appsettings.json</c>, so <c>appsettings.Production.json</c> and environment variables
    /// (<c>Logging__LogLevel__Default=Information</c>) still decide.
    /// </summary>
    public static void LogWarningsByDefault(IHostApplicationBuilder builder)
    {
        if (!builder.Environment.IsProduction())
        {
            return;
        }
        var sources = builder.Configuration.Sources;
        var baseFile = sources.Select((source, index) => (source, index))
            .LastOrDefault(s => s.source is FileConfigurationSource { Path: "appsettings.json" }, (null!, -1)).index;
        var warnings = new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            },
        };
        sources.Insert(baseFile + 1, warnings);
    }

    /// <summary>What is wrong with the settings, one line per key, naming the key and never the value.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, IEnumerable<RequiredSetting> settings) =>
        [.. settings.DistinctBy(s => s.Key).Select(s => s.Problem(configuration[s.Key]) is { } problem ? $"{s.Key} {problem}" : null).OfType<string>()];
}

/// <summary>
/// Stops a Production start before anything else starts (migrations, consumers, the server) while a
/// required setting is missing or a default: a system holding people's sensitive answers must not run
/// on a password from a tutorial or the demo's public client secrets.
/// </summary>
internal sealed class ProductionSettingsCheck(IHostEnvironment environment, IConfiguration configuration, IEnumerable<RequiredSetting> settings)
    : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction() && ProductionSettings.Problems(configuration, settings) is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(
                $"{environment.ApplicationName} does not start in Production with these settings: {string.Join("; ", problems)}. " +
                "Set them from the deployment's secrets (see deploy/kubernetes in the README).");
        }
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
