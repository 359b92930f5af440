using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Contracts;

namespace VanBinnenuit.Persistence.Outbox;

public static class OutboxExtensions
{
    internal static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Stores <paramref name="integrationEvent"/> in the outbox; it is written by the next
    /// <c>SaveChanges</c>, in the same transaction as the change that caused it, and published by the relay.
    /// </summary>
    public static void AddIntegrationEvent(this DbContext db, IntegrationEvent integrationEvent)
    {
        var activity = Activity.Current;
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            MessageType = integrationEvent.GetType().FullName!,
            Body = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), SerializerOptions),
            TraceParent = activity?.Id,
            TraceState = activity?.TraceStateString,
            OccurredAt = integrationEvent.OccurredAt,
        });
    }

    internal static IntegrationEvent Deserialize(OutboxMessage message) =>
        (IntegrationEvent)JsonSerializer.Deserialize(message.Body, EventTypes.GetOrAdd(message.MessageType, Resolve), SerializerOptions)!;

    // Events live in VanBinnenuit.Contracts; tests may define their own in a loaded assembly.
    private static Type Resolve(string name) =>
        typeof(IntegrationEvent).Assembly.GetType(name)
        ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(name)).FirstOrDefault(t => t is not null)
        ?? throw new InvalidOperationException($"Outbox event type {name} is unknown to this service.");

    private static readonly ConcurrentDictionary<string, Type> EventTypes = new();
}
