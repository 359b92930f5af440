using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using VanBinnenuit.Messaging.Outbox;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Messaging.Database;

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

        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.AddDbContext<TDbContext>((services, options) => options
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new OutboxSignalInterceptor(services.GetRequiredService<OutboxSignal>())));
        builder.Services.AddHealthChecks().AddDbContextCheck<TDbContext>(connectionName, tags: [Extensions.ReadyTag]);
        builder.Services.AddHostedService<DatabaseMigrator<TDbContext>>();
        return builder;
    }
}
