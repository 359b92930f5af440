using VanBinnenuit.Monitoring.Consumers;
using VanBinnenuit.Monitoring.Data;
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
        builder.AddMessaging<MonitoringDbContext>(ResourceNames.Monitoring, bus =>
            bus.AddConsumer<RegistryEventsConsumer>());
        return builder;
    }
}
