using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Contracts.Registry;
using VanBinnenuit.Messaging.Inbox;

namespace VanBinnenuit.ReadModels;

/// <summary>
/// Keeps <see cref="MunicipalityReference"/> in step with the registry. Each service derives a
/// named consumer from it, so its queue is its own.
/// </summary>
public abstract class MunicipalityReferenceConsumer<TDbContext>(TDbContext db)
    : InboxConsumer<MunicipalityRegistered, TDbContext>(db) where TDbContext : DbContext
{
    protected override async Task HandleAsync(MunicipalityRegistered message, CancellationToken cancellationToken)
    {
        var municipalities = Db.Set<MunicipalityReference>();
        var existing = await municipalities.FindAsync([message.Code], cancellationToken);
        if (existing is null)
        {
            municipalities.Add(new MunicipalityReference
            {
                Code = message.Code,
                Name = message.Name,
                ProvinceCode = message.ProvinceCode,
                ProvinceName = message.ProvinceName,
                UpdatedAt = message.OccurredAt,
            });
            return;
        }
        // An older event arriving late must not undo a newer one.
        if (existing.UpdatedAt > message.OccurredAt)
        {
            return;
        }
        existing.Name = message.Name;
        existing.ProvinceCode = message.ProvinceCode;
        existing.ProvinceName = message.ProvinceName;
        existing.UpdatedAt = message.OccurredAt;
    }
}
