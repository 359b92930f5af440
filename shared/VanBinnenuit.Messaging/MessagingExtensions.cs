using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Contracts;
using VanBinnenuit.Messaging.Outbox;
using VanBinnenuit.Persistence.Outbox;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Messaging;

public static class MessagingExtensions
{
    private const string MassTransitSource = "MassTransit";

    /// <summary>
    /// MassTransit over RabbitMQ for one service, with the transactional outbox relay for
    /// <typeparamref name="TDbContext"/>. Queues are prefixed with <paramref name="serviceName"/>,
    /// so each service gets its own copy of every event it consumes.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? consumers = null)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(ResourceNames.Broker)
            ?? throw new InvalidOperationException(
                $"Connection string '{ResourceNames.Broker}' is missing. Start the system with ./run.sh, or set ConnectionStrings__{ResourceNames.Broker}.");
        var options = builder.Configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        builder.RequireInProduction(RequiredSetting.BrokerConnection(ResourceNames.Broker));

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        builder.Services.AddHostedService<OutboxRelay<TDbContext>>();
        // MassTransit's own activity source and meter, beside the hosting defaults' (ServiceDefaults' Telemetry).
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddMeter(MassTransitSource))
            .WithTracing(tracing => tracing.AddSource(MassTransitSource));

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            consumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                // Outer: the database away is waited out for minutes. Inner: anything else is tried a few times
                // over seconds and then set aside in the error queue (a poison message must not block the queue).
                endpoint.UseMessageRetry(retry =>
                {
                    retry.Handle<Exception>(DatabaseFaults.Unavailable);
                    retry.Interval(options.OutageRetryLimit, options.OutageRetryInterval);
                });
                endpoint.UseMessageRetry(retry =>
                {
                    retry.Ignore<Exception>(DatabaseFaults.Unavailable);
                    retry.Exponential(options.RetryLimit, options.MinRetryDelay, options.MaxRetryDelay, options.MinRetryDelay);
                });
                // Quorum queues are replicated over the broker's nodes (three in deploy/kubernetes), so a
                // message a service has not yet consumed survives the loss of one; on one local node they
                // are simply durable. The bus's own reply queue stays temporary, as quorum queues cannot be.
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.SetQuorumQueue();
                }
            });

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
                // Only concrete events get exchanges; the base record is not a topic of its own.
                rabbit.Publish<IntegrationEvent>(publish => publish.Exclude = true);
                rabbit.ConnectReceiveObserver(new DeadLetterObserver());
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
