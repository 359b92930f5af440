using VanBinnenuit.AdviceRequests.Consumers;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.AdviceRequests.Domain;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Messaging;
using VanBinnenuit.Persistence.Database;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.AdviceRequests.Extensions;

public static class AdviceRequestsServiceExtensions
{
    public static IHostApplicationBuilder AddAdviceRequestsServices(this IHostApplicationBuilder builder)
    {
        builder.AddTokenValidation(ResourceNames.AdviceRequests);
        builder.AddServiceDatabase<AdviceRequestsDbContext>(ResourceNames.AdviceRequestsDb);
        builder.AddIntegrationEvents<AdviceRequestsEvents>();
        builder.Services.Configure<ServiceLevelRules>(builder.Configuration.GetSection(ServiceLevelRules.Section));
        builder.Services.Configure<DocumentRules>(builder.Configuration.GetSection(DocumentRules.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddMessaging<AdviceRequestsDbContext>(ResourceNames.AdviceRequests, bus =>
        {
            bus.AddConsumer<RegistryEventsConsumer>();
            bus.AddConsumer<SeriesEventsConsumer>();
            bus.AddConsumer<AccountEventsConsumer>();
        });
        return builder;
    }
}
