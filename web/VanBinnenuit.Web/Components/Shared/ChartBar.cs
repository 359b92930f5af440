namespace VanBinnenuit.Web.Components.Shared;

/// <summary>One bar of a chart; a null value was suppressed and is drawn as an empty, dashed bar.</summary>
public sealed record ChartBar(string Label, double? Value, string Display);
