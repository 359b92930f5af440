using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VanBinnenuit.Contracts;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Persistence.Outbox;

/// <summary>
/// A service's one mapping from its domain events to the integration events other services hear
/// (<c>&lt;Service&gt;Events</c>). A domain event may mean no integration event, or several.
/// </summary>
public interface IIntegrationEvents
{
    IEnumerable<IntegrationEvent> From(IDomainEvent domainEvent);
}

/// <summary>
/// The one place domain events become outbox rows: as a save begins, every tracked entity hands over
/// what it recorded, the service's mapping turns it into integration events, and those are added to the
/// outbox, so they are written in the transaction of the change that caused them, or not at all.
/// </summary>
internal sealed class DomainEventsToOutbox(IIntegrationEvents mapping) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Publish(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Publish(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        // Listed first: adding outbox rows while enumerating the tracker would change what is enumerated.
        var recorders = context.ChangeTracker.Entries<IRecordsEvents>().Select(e => e.Entity).ToList();
        foreach (var integrationEvent in recorders.SelectMany(r => r.TakeEvents()).SelectMany(mapping.From))
        {
            context.AddIntegrationEvent(integrationEvent);
        }
    }
}
