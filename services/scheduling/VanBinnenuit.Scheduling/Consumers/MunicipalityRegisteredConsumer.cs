using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.Scheduling.Consumers;

public sealed class MunicipalityRegisteredConsumer(SchedulingDbContext db) : MunicipalityReferenceConsumer<SchedulingDbContext>(db);
