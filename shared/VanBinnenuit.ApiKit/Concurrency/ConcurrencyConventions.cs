using Microsoft.AspNetCore.Builder;

namespace VanBinnenuit.ApiKit.Concurrency;

/// <summary>
/// An endpoint that changes a resource only at the version its If-Match names (<see cref="EntityTags.TryMatch"/>);
/// <see cref="Always"/> false where the same call also creates it, and If-Match is then wanted only once it exists.
/// </summary>
public sealed record IfMatchRequired(bool Always);

public static class ConcurrencyConventions
{
    /// <summary>Says in the document that the endpoint wants If-Match, and may answer 412 and 428.</summary>
    public static TBuilder RequiresIfMatch<TBuilder>(this TBuilder builder, bool always = true) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new IfMatchRequired(always));
}
