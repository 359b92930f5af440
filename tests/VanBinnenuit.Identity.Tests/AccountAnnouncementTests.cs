using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Identity.Apis;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;
using VanBinnenuit.Persistence.Outbox;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Identity.Tests;

/// <summary>Accounts announced to the other services (AccountChanged): by name and role, never by e-mail address.</summary>
[Collection(IdentityCollection.Name)]
public sealed class AccountAnnouncementTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const string Secret = "a-long-secret-for-the-administrators-test-client";
    private IdentityFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = await IdentityFactory.OnFreshDatabaseAsync(infrastructure, "identity_announce");
        _factory.CreateClient().Dispose();
        await _factory.AddMachineClientAsync("beheer", Secret, Roles.Administrator, null);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static async Task<List<JsonElement>> AnnouncementsAsync(IdentityFactory factory, Guid account)
    {
        using var scope = factory.Services.CreateScope();
        var bodies = await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType == "VanBinnenuit.Contracts.Identity.AccountChanged").OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
            .Select(m => m.Body).ToListAsync();
        return [.. bodies.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("account")).Where(a => a.GetProperty("id").GetGuid() == account)];
    }

    [Fact]
    public async Task Creating_changing_the_role_disabling_and_enabling_each_announce_the_account_without_its_e_mail_and_a_new_password_does_not()
    {
        using var admin = _factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await _factory.MachineTokenAsync("beheer", Secret));
        using var created = await admin.PostAsJsonAsync("/v1/users", new NewUser("samira@example.org", "Samira El Amrani", Roles.Advisor, null, null, "Een-lang-wachtwoord-2026"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<UserResponse>())!.Id;
        using (var scope = _factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            // What others never see changes nothing they are told.
            Assert.True((await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), "Een-ander-wachtwoord-2026")).Succeeded);
        }
        (await admin.PutAsJsonAsync($"/v1/users/{id}/binding", new AccountBinding(Roles.Coordinator, null, null))).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/v1/users/{id}/deactivation", null)).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/v1/users/{id}/activation", null)).EnsureSuccessStatusCode();

        var announced = await AnnouncementsAsync(_factory, id);
        Assert.Equal(
            [(Roles.Advisor, true), (Roles.Coordinator, true), (Roles.Coordinator, false), (Roles.Coordinator, true)],
            announced.Select(a => (a.GetProperty("role").GetString(), a.GetProperty("active").GetBoolean())));
        Assert.All(announced, a => Assert.Equal("Samira El Amrani", a.GetProperty("displayName").GetString()));
        Assert.All(announced, a => Assert.DoesNotContain("samira@example.org", a.GetRawText()));
        Assert.All(announced, a => Assert.Equal(["active", "displayName", "id", "role"], a.EnumerateObject().Select(p => p.Name).Order()));
        // The relay hands them to the broker.
        await Polling.UntilTrueAsync(async () =>
        {
            using var scope = _factory.Services.CreateScope();
            return !await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Set<OutboxMessage>().AnyAsync(m => m.SentAt == null);
        });
    }

    [Fact]
    public async Task An_account_from_before_announcements_is_announced_once_at_the_next_start()
    {
        await _factory.AddUserAsync("ouder@example.org", "Een-lang-wachtwoord-2026", Roles.Advisor);
        Guid id;
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            id = await db.Users.Where(u => u.Email == "ouder@example.org").Select(u => u.Id).SingleAsync();
            // As it stood before identity announced anything.
            await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.AnnouncedAt, (DateTimeOffset?)null));
            await db.Set<OutboxMessage>().ExecuteDeleteAsync();
        }
        await using var restarted = _factory.Restarted();
        restarted.CreateClient().Dispose();
        Assert.Single(await AnnouncementsAsync(restarted, id));
        await using var again = _factory.Restarted();
        again.CreateClient().Dispose();
        Assert.Single(await AnnouncementsAsync(again, id));
    }
}
