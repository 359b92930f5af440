using VanBinnenuit.AdviceRequests.Consumers;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.Messaging;
using VanBinnenuit.Messaging.Database;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.AdviceRequests.Extensions;

public static class AdviceRequestsServiceExtensions
{
    public static IHostApplicationBuilder AddAdviceRequestsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AdviceRequestsDbContext>(ResourceNames.AdviceRequestsDb);
        builder.AddMessaging<AdviceRequestsDbContext>(ResourceNames.AdviceRequests, bus =>
            bus.AddConsumer<MunicipalityRegisteredConsumer>());
        return builder;
    }
}
