using VanBinnenuit.Identity.Domain;

namespace VanBinnenuit.Identity.Data;

/// <summary>Writes access events; the caller's SaveChanges commits them with the change they describe.</summary>
public sealed class AccessAudit(IdentityDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    public void Record(AccessEventKind kind, string? subject, string? detail = null)
    {
        var context = http.HttpContext;
        db.AccessEvents.Add(new AccessEvent
        {
            OccurredAt = time.GetUtcNow(),
            Kind = kind,
            Subject = subject,
            Actor = context?.User.FindFirst("sub")?.Value,
            RemoteAddress = context?.Connection.RemoteIpAddress?.ToString(),
            Detail = detail,
        });
    }

    public async Task RecordNowAsync(AccessEventKind kind, string? subject, string? detail = null)
    {
        Record(kind, subject, detail);
        await db.SaveChangesAsync();
    }
}
