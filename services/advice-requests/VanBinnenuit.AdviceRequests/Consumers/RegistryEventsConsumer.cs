using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.AdviceRequests.Consumers;

/// <summary>Municipalities, communities and organisations from the registry's events, into this service's read models.</summary>
public sealed class RegistryEventsConsumer(AdviceRequestsDbContext db) : RegistryEventsConsumer<AdviceRequestsDbContext>(db);
