using VanBinnenuit.ReadModels;
using VanBinnenuit.Scheduling.Data;

namespace VanBinnenuit.Scheduling.Consumers;

/// <summary>Municipalities, communities and organisations from the registry's events, into this service's read models.</summary>
public sealed class RegistryEventsConsumer(SchedulingDbContext db) : RegistryEventsConsumer<SchedulingDbContext>(db);
