using VanBinnenuit.AdviceRequests.Consumers;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.Messaging;
using VanBinnenuit.Messaging.Database;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.ServiceDefaults.Auth;

namespace VanBinnenuit.AdviceRequests.Extensions;

public static class AdviceRequestsServiceExtensions
{
    public static IHostApplicationBuilder AddAdviceRequestsServices(this IHostApplicationBuilder builder)
    {
        builder.AddTokenValidation(ResourceNames.AdviceRequests);
        builder.AddServiceDatabase<AdviceRequestsDbContext>(ResourceNames.AdviceRequestsDb);
        builder.AddMessaging<AdviceRequestsDbContext>(ResourceNames.AdviceRequests, bus =>
            bus.AddConsumer<RegistryEventsConsumer>());
        return builder;
    }
}
