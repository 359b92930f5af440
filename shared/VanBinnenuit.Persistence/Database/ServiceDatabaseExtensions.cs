using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;
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

        builder.RequireInProduction(RequiredSetting.DatabaseConnection(connectionName));
        builder.Services.AddSingleton(new ServiceDatabase<TDbContext>(connectionString));
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.AddDbContext<TDbContext>((services, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.ConfigureDataSource(dataSource => dataSource.ConfigureTracing(tracing => tracing
                // Only statements that belong to a request, a consumer or a relayed event; the relay's
                // polling and the health probes would otherwise bury the dashboard in one-span traces.
                .ConfigureCommandFilter(_ => Activity.Current is not null)
                .ConfigureBatchFilter(_ => Activity.Current is not null))))
            .UseSnakeCaseNamingConvention()
            // Domain events become outbox rows first, so the signal sees them and wakes the relay.
            .AddInterceptors(DomainEvents(services))
            .AddInterceptors(new OutboxSignalInterceptor(services.GetRequiredService<OutboxSignal>())));
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddMeter("Npgsql"))
            .WithTracing(tracing => tracing.AddNpgsql());
        builder.Services.AddHealthChecks().AddDbContextCheck<TDbContext>(connectionName, tags: [Extensions.ReadyTag]);
        builder.Services.AddHostedService<DatabaseMigrator<TDbContext>>();
        return builder;
    }

    /// <summary>
    /// The service's mapping from its domain events to integration events (<c>&lt;Service&gt;Events</c>); every
    /// save of its database then writes what its entities recorded to the outbox.
    /// </summary>
    public static IHostApplicationBuilder AddIntegrationEvents<TMapping>(this IHostApplicationBuilder builder)
        where TMapping : class, IIntegrationEvents
    {
        builder.Services.AddSingleton<IIntegrationEvents, TMapping>();
        return builder;
    }

    private static IInterceptor[] DomainEvents(IServiceProvider services) =>
        services.GetService<IIntegrationEvents>() is { } mapping ? [new DomainEventsToOutbox(mapping)] : [];
}

/// <summary>
/// The configured connection string, with its password: Npgsql strips the password from a live
/// connection's string, and the migrator needs it to reach the maintenance database.
/// </summary>
internal sealed record ServiceDatabase<TDbContext>(string ConnectionString) where TDbContext : DbContext;
