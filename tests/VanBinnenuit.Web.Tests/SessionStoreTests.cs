using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using VanBinnenuit.Web.Extensions;

namespace VanBinnenuit.Web.Tests;

/// <summary>The server-side session: the cookie holds a key only, and a session left alone for the idle timeout is gone.</summary>
public sealed class SessionStoreTests
{
    private static AuthenticationTicket Ticket()
    {
        var properties = new AuthenticationProperties();
        properties.StoreTokens([new AuthenticationToken { Name = "access_token", Value = "het-token" }]);
        return new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "42")], "test")), properties, "Cookies");
    }

    private static SessionTicketStore Store(TimeSpan idle) => new(
        new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())), Options.Create(new WebOptions { IdleTimeout = idle }));

    [Fact]
    public async Task The_cookie_carries_a_random_key_and_the_tokens_stay_on_the_server()
    {
        var store = Store(TimeSpan.FromMinutes(20));
        var key = await store.StoreAsync(Ticket());
        Assert.DoesNotContain("het-token", key);
        Assert.NotEqual(key, await store.StoreAsync(Ticket()));
        var kept = await store.RetrieveAsync(key);
        Assert.Equal("het-token", kept!.Properties.GetTokenValue("access_token"));

        await store.RemoveAsync(key);
        Assert.Null(await store.RetrieveAsync(key));
    }

    [Fact]
    public async Task A_session_unused_for_the_idle_timeout_is_gone()
    {
        var store = Store(TimeSpan.FromMilliseconds(300));
        var key = await store.StoreAsync(Ticket());
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Null(await store.RetrieveAsync(key));
    }
}
