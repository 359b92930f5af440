using System.Security.Claims;
using Aspire.Hosting.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Web.Data;
using VanBinnenuit.Web.Extensions;

namespace VanBinnenuit.Web.Tests;

/// <summary>
/// The server-side session in the web's PostgreSQL database: the cookie holds a key only, the tokens are
/// stored encrypted, and a session left alone for the idle timeout is gone (and swept away).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SessionStoreTests(BrowserFixture system)
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(20);
    // Two days back: the sweep then reaches this test's sessions only, never those of the people signed in meanwhile.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow.AddDays(-2));

    private static AuthenticationTicket Ticket()
    {
        var properties = new AuthenticationProperties();
        properties.StoreTokens([new AuthenticationToken { Name = "access_token", Value = "het-token" }]);
        return new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "42")], "test")), properties, "Cookies");
    }

    /// <summary>The store as the web registers it, on the system's own web database.</summary>
    private async Task<ServiceProvider> ServicesAsync()
    {
        var connection = await system.App.GetConnectionStringAsync(ResourceNames.WebDb);
        var services = new ServiceCollection();
        services.AddDbContext<WebDbContext>(db => db.UseNpgsql(connection).UseSnakeCaseNamingConvention());
        services.AddDataProtection().SetApplicationName("VanBinnenuit.Web").PersistKeysToDbContext<WebDbContext>();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton(Options.Create(new WebOptions { IdleTimeout = Idle }));
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<SessionTicketStore>();
        services.AddSingleton<ExpiredSessionsSweep>();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task The_cookie_carries_a_random_key_and_the_tokens_stay_on_the_server_encrypted()
    {
        await using var services = await ServicesAsync();
        var store = services.GetRequiredService<SessionTicketStore>();
        var key = await store.StoreAsync(Ticket());
        Assert.DoesNotContain("het-token", key);
        Assert.NotEqual(key, await store.StoreAsync(Ticket()));
        var kept = await store.RetrieveAsync(key);
        Assert.Equal("het-token", kept!.Properties.GetTokenValue("access_token"));

        await using (var scope = services.CreateAsyncScope())
        {
            var row = await scope.ServiceProvider.GetRequiredService<WebDbContext>().Sessions.SingleAsync(s => s.Key == key);
            Assert.DoesNotContain("het-token", System.Text.Encoding.UTF8.GetString(row.Ticket));
        }

        await store.RemoveAsync(key);
        Assert.Null(await store.RetrieveAsync(key));
    }

    [Fact]
    public async Task A_session_used_stays_and_one_unused_for_the_idle_timeout_is_gone_and_swept()
    {
        await using var services = await ServicesAsync();
        var store = services.GetRequiredService<SessionTicketStore>();
        var used = await store.StoreAsync(Ticket());
        var left = await store.StoreAsync(Ticket());

        for (var step = 0; step < 3; step++)
        {
            _clock.Advance(Idle * 0.6);
            Assert.NotNull(await store.RetrieveAsync(used));
        }
        Assert.Null(await store.RetrieveAsync(left));

        Assert.True(await services.GetRequiredService<ExpiredSessionsSweep>().SweepAsync(CancellationToken.None) >= 1);
        await using var scope = services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<WebDbContext>().Sessions.Select(s => s.Key).ToListAsync();
        Assert.DoesNotContain(left, keys);
        Assert.Contains(used, keys);
    }
}
