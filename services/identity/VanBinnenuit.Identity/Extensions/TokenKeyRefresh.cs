using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using OpenIddict.Server;
using OpenIddict.Validation;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;

namespace VanBinnenuit.Identity.Extensions;

/// <summary>
/// Tells the options system that the token keys changed, so OpenIddict's server options (which
/// sign, encrypt and publish) and then its validation options (which copy the server's keys) are
/// built again from the database on their next use, without a restart.
/// </summary>
public sealed class TokenKeyChanges : IOptionsChangeTokenSource<OpenIddictServerOptions>, IOptionsChangeTokenSource<OpenIddictValidationOptions>
{
    private CancellationTokenSource _server = new();
    private CancellationTokenSource _validation = new();

    public string Name => Options.DefaultName;

    IChangeToken IOptionsChangeTokenSource<OpenIddictServerOptions>.GetChangeToken() => new CancellationChangeToken(_server.Token);

    IChangeToken IOptionsChangeTokenSource<OpenIddictValidationOptions>.GetChangeToken() => new CancellationChangeToken(_validation.Token);

    /// <summary>The server's first: the validation options read the server's keys when they are rebuilt.</summary>
    public void Signal()
    {
        Interlocked.Exchange(ref _server, new CancellationTokenSource()).Cancel();
        Interlocked.Exchange(ref _validation, new CancellationTokenSource()).Cancel();
    }
}

public sealed class TokenKeyRefreshOptions
{
    public const string Section = "Identity:TokenKeys";

    /// <summary>How often each replica looks for keys rotated or retired by another, and for grace periods that ended.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Keeps every replica's keys as the database says they are now: a key another replica added or
/// retired, or a retired key whose grace period has ended, makes the options be built again.
/// </summary>
internal sealed class TokenKeyRefresher(
    IServiceScopeFactory scopes, IOptionsMonitor<OpenIddictServerOptions> server, TokenKeyChanges changes, TimeProvider time,
    IOptions<TokenKeyRefreshOptions> settings, ILogger<TokenKeyRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.RefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (OutOfDate())
                {
                    logger.LogInformation("Token keys changed; signing, encryption and published keys are reloaded");
                    changes.Signal();
                }
            }
            // Whatever goes wrong (the database away, a key the key ring cannot open), the replica keeps the keys it
            // has and tries again at the next tick: a failed check must not stop the identity service.
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Token keys could not be checked: {Reason}", ex.Message);
            }
        }
    }

    private bool OutOfDate()
    {
        var options = server.CurrentValue;
        var grace = TokenKeyOptions.GraceOf(options);
        var now = time.GetUtcNow();
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        return !Ids(db, TokenKey.Signing, now, grace).SequenceEqual(options.SigningCredentials.Select(c => c.Key.KeyId))
            || !Ids(db, TokenKey.Encryption, now, grace).SequenceEqual(options.EncryptionCredentials.Select(c => c.Key.KeyId));
    }

    private static IEnumerable<string> Ids(IdentityDbContext db, string use, DateTimeOffset now, TimeSpan grace) =>
        TokenKeyStore.InUse(db, use, now, grace).Select(k => k.Id.ToString("N"));
}
