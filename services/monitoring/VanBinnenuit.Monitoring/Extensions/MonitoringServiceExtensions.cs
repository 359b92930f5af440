using VanBinnenuit.Monitoring.Consumers;
using VanBinnenuit.Monitoring.Data;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.Monitoring.Domain.Disclosure;
using VanBinnenuit.Messaging;
using VanBinnenuit.Messaging.Database;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.ServiceDefaults.Auth;

namespace VanBinnenuit.Monitoring.Extensions;

public static class MonitoringServiceExtensions
{
    public static IHostApplicationBuilder AddMonitoringServices(this IHostApplicationBuilder builder)
    {
        builder.AddTokenValidation(ResourceNames.Monitoring);
        builder.AddServiceDatabase<MonitoringDbContext>(ResourceNames.MonitoringDb);
        builder.Services.Configure<ProgrammeTarget>(builder.Configuration.GetSection(ProgrammeTarget.Section));
        builder.Services.Configure<SuppressionRules>(builder.Configuration.GetSection(SuppressionRules.Section));
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
