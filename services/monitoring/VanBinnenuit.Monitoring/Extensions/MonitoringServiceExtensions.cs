using Microsoft.Extensions.DependencyInjection.Extensions;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Messaging;
using VanBinnenuit.Monitoring.Consumers;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.Monitoring.Domain.Disclosure;
using VanBinnenuit.Persistence.Database;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Monitoring.Extensions;

public static class MonitoringServiceExtensions
{
    public static IHostApplicationBuilder AddMonitoringServices(this IHostApplicationBuilder builder)
    {
        builder.AddTokenValidation(ResourceNames.Monitoring);
        builder.AddServiceDatabase<MonitoringDbContext>(ResourceNames.MonitoringDb);
        builder.AddIntegrationEvents<MonitoringEvents>();
        builder.Services.Configure<ProgrammeTarget>(builder.Configuration.GetSection(ProgrammeTarget.Section));
        // A table that is not unbiased, or a threshold below 1, must stop the service at start, not answer every question with a 500.
        builder.Services.AddOptions<SuppressionRules>().Bind(builder.Configuration.GetSection(SuppressionRules.Section))
            .Validate(rules => rules.SmallCellThreshold >= 1 && rules.MinimumDenominator >= 1 && rules.IsValidTable(),
                "Monitoring:SmallCellThreshold and Monitoring:MinimumDenominator must be at least 1, and Monitoring:Adjustments an odd number of symmetric probabilities adding up to 1.")
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IRecordKeys, RecordKey>();
        builder.AddMessaging<MonitoringDbContext>(ResourceNames.Monitoring, bus =>
        {
            bus.AddConsumer<RegistryEventsConsumer>();
            bus.AddConsumer<SeriesEventsConsumer>();
        });
        return builder;
    }
}
