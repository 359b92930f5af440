using MassTransit;
using VanBinnenuit.Contracts;
using VanBinnenuit.Contracts.Registry;
using VanBinnenuit.Messaging.Inbox;
using VanBinnenuit.ReadModels;
using VanBinnenuit.Scheduling.Data;

namespace VanBinnenuit.Scheduling.Consumers;

/// <summary>Keeps <see cref="LeaderProfile"/> in step with the registry, once per event.</summary>
public sealed class LeaderEventsConsumer(SchedulingDbContext db) :
    IConsumer<LeaderRegistered>, IConsumer<LeaderChanged>, IConsumer<LeaderDeactivated>
{
    public Task Consume(ConsumeContext<LeaderRegistered> context) => ApplyAsync(context, context.Message.Leader, context.Message);

    public Task Consume(ConsumeContext<LeaderChanged> context) => ApplyAsync(context, context.Message.Leader, context.Message);

    public Task Consume(ConsumeContext<LeaderDeactivated> context) => ApplyAsync(context, context.Message.Leader, context.Message);

    private Task ApplyAsync(ConsumeContext context, LeaderSnapshot leader, IntegrationEvent message) =>
        Inbox.OnceAsync(db, context, GetType().FullName!, ct => db.UpsertAsync(leader.Id, message,
            () => new LeaderProfile { Id = leader.Id, DisplayName = leader.DisplayName, Profile = LeaderFromRegistry.Map(leader) },
            profile =>
            {
                profile.DisplayName = leader.DisplayName;
                profile.Active = leader.Active;
                profile.Profile = LeaderFromRegistry.Map(leader);
            }, ct));
}
