using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.EndToEnd.Tests;

/// <summary>
/// The Dutch API Design Rules over every service's OpenAPI document as the gateway serves it. The baseline
/// holds what is still to mend; a document may never get worse, and each mend lowers its number.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ApiDesignRulesTests(ObservedSystemFixture system)
{
    public static TheoryData<string> Services => new(ResourceNames.ApiServices);

    [Theory]
    [MemberData(nameof(Services))]
    public async Task A_document_breaks_no_more_design_rules_than_its_baseline_says(string service)
    {
        var document = await system.Gateway.GetStringAsync($"/api/{service}/v1/openapi.json");
        var errors = (await ApiLinter.LintAsync(document, service)).Where(f => f.Severity == 0).ToList();
        var baseline = ApiLinter.Baseline(service);
        var byRule = string.Join(", ", errors.GroupBy(e => e.Code).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
        Assert.True(errors.Count <= baseline,
            $"{service}: {errors.Count} errors against the design rules, more than the {baseline} of tools/api-rules/baseline.json ({byRule}):\n{string.Join('\n', errors.Take(30))}");
        Assert.True(errors.Count == baseline,
            $"{service}: {errors.Count} errors, fewer than the baseline's {baseline}: lower it in tools/api-rules/baseline.json so it never rises again ({byRule}).");
    }
}
