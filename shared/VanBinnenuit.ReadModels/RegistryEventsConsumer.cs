using MassTransit;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Contracts.Registry;
using VanBinnenuit.Messaging.Inbox;

namespace VanBinnenuit.ReadModels;

/// <summary>
/// Keeps a service's municipality, community and organisation read models in step with the
/// registry's events, once per event. Each service derives a named consumer from it, so its queue is its own.
/// </summary>
public abstract class RegistryEventsConsumer<TDbContext>(TDbContext db) :
    IConsumer<MunicipalityRegistered>, IConsumer<MunicipalityChanged>,
    IConsumer<CommunityRegistered>, IConsumer<CommunityChanged>,
    IConsumer<OrganisationRegistered>, IConsumer<OrganisationChanged>
    where TDbContext : DbContext
{
    private Task OnceAsync(ConsumeContext context, Func<CancellationToken, Task> handle) =>
        Inbox.OnceAsync(db, context, GetType().FullName!, handle);

    public Task Consume(ConsumeContext<MunicipalityRegistered> context) => OnceAsync(context, ct =>
        Municipality(context.Message.Code, context.Message, m =>
        {
            m.Name = context.Message.Name;
            m.ProvinceCode = context.Message.ProvinceCode;
            m.ProvinceName = context.Message.ProvinceName;
        }, ct));

    public Task Consume(ConsumeContext<MunicipalityChanged> context) => OnceAsync(context, ct =>
        Municipality(context.Message.Code, context.Message, m =>
        {
            m.Name = context.Message.Name;
            m.ProvinceCode = context.Message.ProvinceCode;
            m.ProvinceName = context.Message.ProvinceName;
            m.ValidTo = context.Message.ValidTo;
            m.SuccessorCodes = [.. context.Message.SuccessorCodes];
        }, ct));

    public Task Consume(ConsumeContext<CommunityRegistered> context) => OnceAsync(context, ct => Community(context.Message.Community, context.Message, ct));

    public Task Consume(ConsumeContext<CommunityChanged> context) => OnceAsync(context, ct => Community(context.Message.Community, context.Message, ct));

    public Task Consume(ConsumeContext<OrganisationRegistered> context) => OnceAsync(context, ct => Organisation(context.Message.Organisation, context.Message, ct));

    public Task Consume(ConsumeContext<OrganisationChanged> context) => OnceAsync(context, ct => Organisation(context.Message.Organisation, context.Message, ct));

    private Task Municipality(string code, Contracts.IntegrationEvent message, Action<MunicipalityReference> apply, CancellationToken ct) =>
        db.UpsertAsync(code, message, () => new MunicipalityReference { Code = code, Name = "", ProvinceCode = "", ProvinceName = "" }, apply, ct);

    private Task Community(CommunitySnapshot community, Contracts.IntegrationEvent message, CancellationToken ct) =>
        db.UpsertAsync(community.Id, message, () => new CommunityReference { Id = community.Id, Name = community.Name }, c =>
        {
            c.Name = community.Name;
            c.Languages = [.. community.Languages];
            c.MunicipalityCodes = [.. community.MunicipalityCodes];
            c.Active = community.Active;
        }, ct);

    private Task Organisation(OrganisationSnapshot organisation, Contracts.IntegrationEvent message, CancellationToken ct) =>
        db.UpsertAsync(organisation.Id, message, () => new OrganisationReference { Id = organisation.Id, Name = organisation.Name, Kind = organisation.Kind }, o =>
        {
            o.Name = organisation.Name;
            o.Kind = organisation.Kind;
            o.CommunityIds = [.. organisation.CommunityIds];
            o.MunicipalityCodes = [.. organisation.MunicipalityCodes];
            o.Active = organisation.Active;
        }, ct);
}
