using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.Monitoring.Consumers;

/// <summary>Municipalities, communities and organisations from the registry's events, into this service's read models.</summary>
public sealed class RegistryEventsConsumer(MonitoringDbContext db) : RegistryEventsConsumer<MonitoringDbContext>(db);
