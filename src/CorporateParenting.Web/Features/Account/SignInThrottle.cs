using System.Net;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CorporateParenting.Web.Features.Account;

/// <summary>Settings under "RateLimiting" for failed passwords (see ADR 13).</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "RateLimiting";
    /// <summary>Failed passwords for one account from one address before that address must wait.</summary>
    public int FailuresPerAccountAndAddress { get; set; } = 10;
    /// <summary>Failed passwords for one account from every address together before the account counts as under attack.</summary>
    public int FailuresPerAccount { get; set; } = 100;
    /// <summary>While an account is under attack, failed passwords an address may make for it.</summary>
    public int FailuresPerAddressUnderAttack { get; set; } = 3;
    public int WindowMinutes { get; set; } = 15;
}

/// <summary>
/// Counts failed passwords by the e-mail address typed (whether or not such an account exists, so the
/// answer never tells) and by the address they came from. An address that keeps failing for an account
/// waits; the account itself is never locked, so nobody elsewhere can shut its owner out. Counts are kept
/// in memory: a restart forgets them, which costs an attacker nothing he did not already have.
/// </summary>
public sealed class SignInThrottle(IMemoryCache cache, IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    private sealed class Count(DateTimeOffset until)
    {
        public DateTimeOffset Until { get; } = until;
        public int Failures;
    }

    private readonly Lock _gate = new();

    public int WindowMinutes => options.Value.WindowMinutes;

    public bool MustWait(string email, IPAddress? address)
    {
        var settings = options.Value;
        var pair = Failures(PairKey(email, address));
        return pair >= settings.FailuresPerAccountAndAddress
            || (Failures(AccountKey(email)) >= settings.FailuresPerAccount && pair >= settings.FailuresPerAddressUnderAttack);
    }

    public void Failed(string email, IPAddress? address)
    {
        Add(PairKey(email, address));
        Add(AccountKey(email));
    }

    /// <summary>The right password from an address clears that address's failures for the account.</summary>
    public void Succeeded(string email, IPAddress? address) => cache.Remove(PairKey(email, address));

    private int Failures(string key) =>
        cache.TryGetValue(key, out Count? count) && count!.Until > clock.GetUtcNow() ? Volatile.Read(ref count.Failures) : 0;

    private void Add(string key)
    {
        var now = clock.GetUtcNow();
        Count count;
        lock (_gate)
        {
            if (!cache.TryGetValue(key, out Count? held) || held!.Until <= now)
            {
                held = new Count(now.AddMinutes(options.Value.WindowMinutes));
                cache.Set(key, held, held.Until);
            }
            count = held;
        }
        Interlocked.Increment(ref count.Failures);
    }

    private static string Normal(string email) => email.Trim().ToUpperInvariant();
    private static string AccountKey(string email) => "sign-in-failures:" + Normal(email);
    private static string PairKey(string email, IPAddress? address) =>
        $"sign-in-failures:{Normal(email)}:{(address?.IsIPv4MappedToIPv6 == true ? address.MapToIPv4() : address)?.ToString() ?? "unknown"}";
}
