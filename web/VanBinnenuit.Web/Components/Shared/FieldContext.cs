namespace VanBinnenuit.Web.Components.Shared;

/// <summary>What an input inside a <see cref="Field"/> carries: its id, its description and error ids, and whether it is invalid.</summary>
public sealed record FieldContext(string Id, string? DescribedBy, string? Invalid);
