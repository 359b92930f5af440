using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Identity.Tests;

/// <summary>The keys that sign every token are stored encrypted: a copy of the table alone signs nothing.</summary>
[Collection(IdentityCollection.Name)]
public sealed class TokenKeyProtectionTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Stored_keys_are_encrypted_a_plain_key_from_before_is_encrypted_at_the_next_start_and_all_still_sign()
    {
        var first = await IdentityFactory.OnFreshDatabaseAsync(infrastructure, "identity_keys");
        Guid legacy;
        await using (first)
        {
            first.CreateClient().Dispose();
            var stored = await KeysAsync(first);
            Assert.Equal(2, stored.Count);
            Assert.All(stored, key =>
            {
                Assert.StartsWith(TokenKeyStore.Protected, key.PrivateKey);
                // What is stored is no private key: without the key ring it cannot be read as one.
                using var rsa = RSA.Create();
                Assert.ThrowsAny<Exception>(() => rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(key.PrivateKey[TokenKeyStore.Protected.Length..]), out _));
            });

            // A key written plain, as before this change.
            using var scope = first.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            using var rsaKey = RSA.Create(2048);
            legacy = Guid.CreateVersion7();
            db.TokenKeys.Add(new TokenKey { Id = legacy, Use = TokenKey.Signing, PrivateKey = Convert.ToBase64String(rsaKey.ExportPkcs8PrivateKey()), CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        await using var next = first.Restarted();
        next.CreateClient().Dispose();
        var protectedNow = (await KeysAsync(next)).Single(k => k.Id == legacy);
        Assert.StartsWith(TokenKeyStore.Protected, protectedNow.PrivateKey);
        // The newest signing key (the one that was plain) signs, read back through the key ring.
        var client = next.CreateClient();
        var discovery = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/.well-known/openid-configuration");
        var keys = await client.GetStringAsync(new Uri(discovery.GetProperty("jwks_uri").GetString()!).PathAndQuery);
        Assert.Contains(legacy.ToString("N"), keys);
    }

    private static async Task<List<TokenKey>> KeysAsync(IdentityFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().TokenKeys.AsNoTracking().ToListAsync();
    }
}
