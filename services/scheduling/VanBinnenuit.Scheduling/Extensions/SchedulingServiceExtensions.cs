using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Messaging;
using VanBinnenuit.Persistence.Database;
using VanBinnenuit.Scheduling.Consumers;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Extensions;

public static class SchedulingServiceExtensions
{
    public static IHostApplicationBuilder AddSchedulingServices(this IHostApplicationBuilder builder)
    {
        builder.AddTokenValidation(ResourceNames.Scheduling);
        builder.AddServiceDatabase<SchedulingDbContext>(ResourceNames.SchedulingDb);
        builder.AddIntegrationEvents<SchedulingEvents>();
        builder.Services.Configure<SchedulingRules>(builder.Configuration.GetSection(SchedulingRules.Section));
        builder.Services.Configure<ProgrammeTarget>(builder.Configuration.GetSection(ProgrammeTarget.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LeaderProfileCache>();
        builder.AddMessaging<SchedulingDbContext>(ResourceNames.Scheduling, bus =>
        {
            bus.AddConsumer<RegistryEventsConsumer>();
            bus.AddConsumer<LeaderEventsConsumer>();
            bus.AddConsumer<SeriesRequestedConsumer>();
            bus.AddConsumer<SessionReportedConsumer>();
        });
        return builder;
    }
}
