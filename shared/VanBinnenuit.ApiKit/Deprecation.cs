using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace VanBinnenuit.ApiKit;

/// <summary>
/// The deprecation policy made visible (README, "API versions and deprecation"): an operation that will go is
/// marked <c>deprecated</c> in its document with its sunset (<c>x-sunset</c>) and successor, and every answer it
/// gives carries <c>Deprecation</c> (RFC 9745), <c>Sunset</c> (RFC 8594) and a <c>Link</c> to its successor, at
/// least six months before the sunset, so a municipality's system can warn its builders long before it breaks.
/// </summary>
public sealed record Deprecation(DateTimeOffset Since, DateOnly Sunset, string? Successor)
{
    public const string DeprecationHeader = "Deprecation";
    public const string SunsetHeader = "Sunset";

    /// <summary>The least time between announcing a deprecation and its sunset.</summary>
    public static readonly TimeSpan Notice = TimeSpan.FromDays(183);

    internal void Announce(IHeaderDictionary headers)
    {
        headers[DeprecationHeader] = $"@{Since.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
        headers[SunsetHeader] = Sunset.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("R", CultureInfo.InvariantCulture);
        if (Successor is { } successor)
        {
            headers.Append("Link", $"<{successor}>; rel=\"successor-version\"");
        }
    }

    /// <summary>Adds the headers to every answer of a deprecated endpoint, errors included, before it writes.</summary>
    internal sealed class HeaderMiddleware(RequestDelegate next)
    {
        public Task InvokeAsync(HttpContext context)
        {
            context.GetEndpoint()?.Metadata.GetMetadata<Deprecation>()?.Announce(context.Response.Headers);
            return next(context);
        }
    }
}

public static class DeprecationConventions
{
    /// <summary>Marks the endpoint deprecated since <paramref name="since"/>, gone after <paramref name="sunset"/>; <paramref name="successor"/> is the path to use instead.</summary>
    public static TBuilder Deprecated<TBuilder>(this TBuilder builder, DateTimeOffset since, DateOnly sunset, string? successor = null)
        where TBuilder : IEndpointConventionBuilder
    {
        if (sunset.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - since.UtcDateTime < Deprecation.Notice)
        {
            throw new ArgumentOutOfRangeException(nameof(sunset), sunset, $"A sunset comes at least {Deprecation.Notice.TotalDays:0} days after the deprecation is announced.");
        }
        return builder.WithMetadata(new Deprecation(since, sunset, successor));
    }
}
