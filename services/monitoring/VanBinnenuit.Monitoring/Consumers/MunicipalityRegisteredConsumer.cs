using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.Monitoring.Consumers;

public sealed class MunicipalityRegisteredConsumer(MonitoringDbContext db) : MunicipalityReferenceConsumer<MonitoringDbContext>(db);
