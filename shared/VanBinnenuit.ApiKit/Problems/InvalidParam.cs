namespace VanBinnenuit.ApiKit.Problems;

/// <summary>One entry of <c>invalidParams</c> in a validation problem (Dutch API Design Rules).</summary>
public sealed record InvalidParam(string Name, string Reason);
