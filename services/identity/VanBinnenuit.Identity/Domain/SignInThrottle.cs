using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace VanBinnenuit.Identity.Domain;

public sealed class SignInThrottleOptions
{
    public const string Section = "Identity:SignInThrottle";

    /// <summary>Failed sign-ins with one e-mail address before each further try has to wait.</summary>
    public int FreeFailuresPerAddress { get; set; } = 3;
    /// <summary>Failed sign-ins from one client address (an office shares one) before each further try has to wait.</summary>
    public int FreeFailuresPerClient { get; set; } = 20;
    /// <summary>The first wait; it doubles with every further failure.</summary>
    public TimeSpan FirstWait { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan LongestWait { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>A key without failures for this long starts afresh.</summary>
    public TimeSpan Forget { get; set; } = TimeSpan.FromMinutes(30);
}

/// <summary>
/// Slows down password guessing without locking anyone out at a stranger's will: failures are counted
/// per e-mail address typed (whether or not it has an account, so the answer tells nobody which do)
/// and per client address, and past a few each further try must wait, doubling up to a limit. A
/// success clears the address's count. Kept in memory per replica (the gateway's rate limit adds a
/// second, shared bound); the typed address is kept only as a hash.
/// </summary>
public sealed class SignInThrottle(TimeProvider time, IOptions<SignInThrottleOptions> options)
{
    private const int MostKeys = 100_000;
    private readonly ConcurrentDictionary<string, Failures> _failures = new();
    private readonly SignInThrottleOptions _options = options.Value;

    private sealed record Failures(int Count, DateTimeOffset Last);

    /// <summary>How long this try must still wait, or zero when it may go ahead.</summary>
    public TimeSpan WaitFor(string email, IPAddress? client)
    {
        var now = time.GetUtcNow();
        return Max(Remaining(AddressKey(email), _options.FreeFailuresPerAddress, now), Remaining(ClientKey(client), _options.FreeFailuresPerClient, now));
    }

    public void Failed(string email, IPAddress? client)
    {
        var now = time.GetUtcNow();
        if (_failures.Count > MostKeys)
        {
            Forget(now);
        }
        foreach (var key in new[] { AddressKey(email), ClientKey(client) })
        {
            _failures.AddOrUpdate(key, _ => new Failures(1, now), (_, seen) => Stale(seen, now) ? new Failures(1, now) : new Failures(seen.Count + 1, now));
        }
    }

    public void Succeeded(string email) => _failures.TryRemove(AddressKey(email), out _);

    private TimeSpan Remaining(string key, int free, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var seen) || Stale(seen, now) || seen.Count < free)
        {
            return TimeSpan.Zero;
        }
        var doublings = Math.Min(seen.Count - free, 20);
        var wait = TimeSpan.FromTicks(Math.Min(_options.FirstWait.Ticks << doublings, _options.LongestWait.Ticks));
        var left = seen.Last + wait - now;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private bool Stale(Failures seen, DateTimeOffset now) => now - seen.Last > _options.Forget;

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, seen) in _failures)
        {
            if (Stale(seen, now))
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string AddressKey(string email) =>
        "address:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())));

    private static string ClientKey(IPAddress? client) => $"client:{client}";
}
