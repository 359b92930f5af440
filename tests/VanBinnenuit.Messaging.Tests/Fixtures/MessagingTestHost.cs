using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VanBinnenuit.Persistence.Database;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Messaging.Tests.Fixtures;

/// <summary>A service as the real ones are built (database, outbox relay, MassTransit over RabbitMQ), hosted in the test.</summary>
internal static class MessagingTestHost
{
    public const string Database = "testdb";

    public static async Task<IHost> StartAsync(string database, string broker, string serviceName, Action<IBusRegistrationConfigurator> consumers)
    {
        // Not Production, where a replica would wait for a migration job (MigrationModeTests).
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration[$"ConnectionStrings:{Database}"] = database;
        builder.Configuration[$"ConnectionStrings:{ResourceNames.Broker}"] = broker;
        builder.Configuration["Messaging:RetryLimit"] = "2";
        builder.Configuration["Messaging:MinRetryDelay"] = "00:00:00.050";
        builder.Configuration["Messaging:MaxRetryDelay"] = "00:00:00.200";
        builder.Configuration["Messaging:OutageRetryInterval"] = "00:00:00.500";
        builder.Configuration["Outbox:PollInterval"] = "00:00:00.500";
        builder.Configuration["Outbox:PublishTimeout"] = "00:00:03";
        builder.Configuration["Outbox:MaxBackoff"] = "00:00:01";
        builder.AddServiceDatabase<TestDbContext>(Database);
        builder.AddIntegrationEvents<NoteEvents>();
        builder.AddMessaging<TestDbContext>(serviceName, consumers);
        builder.Services.AddHealthChecks();

        var host = builder.Build();
        await host.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await host.Services.GetRequiredService<IBusControl>().WaitUntilReadyAsync(timeout.Token);
        return host;
    }

    public static async Task<T> InScopeAsync<T>(this IHost host, Func<TestDbContext, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails with <paramref name="what"/> after the timeout.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {seconds}s waiting until {what}.");
            }
            await Task.Delay(200);
        }
    }

    public static Task<int> HandledCountAsync(this IHost host, Guid noteId) =>
        host.InScopeAsync(db => db.HandledNotes.CountAsync(n => n.NoteId == noteId));
}
