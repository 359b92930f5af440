using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanBinnenuit.Web.Data;

namespace VanBinnenuit.Web.Extensions;

/// <summary>
/// Keeps each session (the person's claims and their access and refresh tokens) in the web's database,
/// shared by every replica; the cookie carries only the session's key. The ticket is stored encrypted, so
/// a copy of the table alone gives no one a token. A session unused for the idle timeout is gone: each
/// use moves its expiry on, and <see cref="ExpiredSessionsSweep"/> deletes what has lapsed.
/// </summary>
/// <remarks>
/// Written here because no PostgreSQL <c>IDistributedCache</c> is served from this project's package feed;
/// the table is four columns and the EF Core model of the web's own database.
/// </remarks>
public sealed class SessionTicketStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, IOptions<WebOptions> options, TimeProvider clock)
    : ITicketStore
{
    private readonly IDataProtector _protector = protection.CreateProtector("VanBinnenuit.Web.Sessions");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(SignInSession.KeyLength / 2));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        db.Sessions.Add(new SignInSession { Key = key, Ticket = Protect(ticket), ExpiresAt = NextExpiry() });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        var ticketBytes = Protect(ticket);
        var expiresAt = NextExpiry();
        // Renewed tokens (AccessTokens) replace the ticket; a session signed out meanwhile stays gone.
        await db.Sessions.Where(s => s.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, ticketBytes).SetProperty(x => x.ExpiresAt, expiresAt));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        var now = clock.GetUtcNow();
        var expiresAt = NextExpiry();
        // Sliding: a use moves the expiry on, and only a live session is found.
        if (await db.Sessions.Where(s => s.Key == key && s.ExpiresAt > now).ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, expiresAt)) == 0)
        {
            return null;
        }
        var stored = await db.Sessions.AsNoTracking().Where(s => s.Key == key).Select(s => s.Ticket).SingleOrDefaultAsync();
        return stored is null ? null : Unprotect(stored);
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WebDbContext>().Sessions.Where(s => s.Key == key).ExecuteDeleteAsync();
    }

    private DateTimeOffset NextExpiry() => clock.GetUtcNow() + options.Value.IdleTimeout;

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private AuthenticationTicket? Unprotect(byte[] stored)
    {
        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(stored));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // A key that has left the ring (or a row from elsewhere): the person signs in again.
            return null;
        }
    }
}
