using System.Text.Json;
using VanBinnenuit.Monitoring.Domain;

namespace VanBinnenuit.Monitoring.Tests;

/// <summary>What a protected count may be, given its true value: the published rule, checked without knowing the keys.</summary>
public static class Protected
{
    public static readonly int Bound = new SuppressionRules().Table().Bound;

    /// <summary>0 for 0; otherwise "fewer than 5" (null) or at least 5, and never further from the truth than the bound.</summary>
    public static void AssertCount(long truth, JsonElement published)
    {
        if (truth == 0)
        {
            Assert.Equal(0, published.GetInt64());
            return;
        }
        if (published.ValueKind == JsonValueKind.Null)
        {
            Assert.InRange(truth, 1, 4 + Bound);
            return;
        }
        Assert.InRange(published.GetInt64(), Math.Max(5, truth - Bound), truth + Bound);
    }
}
