using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.AdviceRequests.Consumers;

public sealed class MunicipalityRegisteredConsumer(AdviceRequestsDbContext db) : MunicipalityReferenceConsumer<AdviceRequestsDbContext>(db);
