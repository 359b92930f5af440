using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using VanBinnenuit.Persistence.Outbox;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Persistence.Database;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// Registers the service's own PostgreSQL database: the DbContext (snake_case names), a
    /// readiness check, and migration plus seeding at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder, string connectionName)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"Connection string '{connectionName}' is missing. Start the system with ./run.sh, or set ConnectionStrings__{connectionName}.");

        builder.Services.AddSingleton(new ServiceDatabase<TDbContext>(connectionString));
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.AddDbContext<TDbContext>((services, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.ConfigureDataSource(dataSource => dataSource.ConfigureTracing(tracing => tracing
                // Only statements that belong to a request, a consumer or a relayed event; the relay's
                // polling and the health probes would otherwise bury the dashboard in one-span traces.
                .ConfigureCommandFilter(_ => Activity.Current is not null)
                .ConfigureBatchFilter(_ => Activity.Current is not null))))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new OutboxSignalInterceptor(services.GetRequiredService<OutboxSignal>())));
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddMeter("Npgsql"))
            .WithTracing(tracing => tracing.AddNpgsql());
        builder.Services.AddHealthChecks().AddDbContextCheck<TDbContext>(connectionName, tags: [Extensions.ReadyTag]);
        builder.Services.AddHostedService<DatabaseMigrator<TDbContext>>();
        return builder;
    }
}

/// <summary>
/// The configured connection string, with its password: Npgsql strips the password from a live
/// connection's string, and the migrator needs it to reach the maintenance database.
/// </summary>
internal sealed record ServiceDatabase<TDbContext>(string ConnectionString) where TDbContext : DbContext;
