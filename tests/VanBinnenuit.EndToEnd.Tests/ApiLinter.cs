using System.Text.Json;
using VanBinnenuit.Testing;

namespace VanBinnenuit.EndToEnd.Tests;

/// <summary>One finding of Spectral: the rule, where, and what is wrong. Severity 0 is an error.</summary>
public sealed record LintFinding(string Code, string Message, IReadOnlyList<string> Path, int Severity)
{
    public override string ToString() => $"{Code} at {string.Join('.', Path)}: {Message}";
}

/// <summary>
/// Spectral (installed by ./test.sh from tools/api-rules/package-lock.json) with the project's ruleset for
/// the Dutch API Design Rules, run over one OpenAPI document.
/// </summary>
public static class ApiLinter
{
    private static readonly string Rules = Path.Combine(TestArtefacts.RepositoryRoot, "tools", "api-rules");

    public static async Task<IReadOnlyList<LintFinding>> LintAsync(string document, string name)
    {
        var spectral = Path.Combine(Rules, "node_modules", ".bin", "spectral");
        if (!File.Exists(spectral))
        {
            throw new InvalidOperationException($"Spectral is not installed: run ./test.sh, or npm ci --prefix tools/api-rules.");
        }
        var folder = Path.Combine(TestArtefacts.Directory, "api-rules");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{name}.openapi.json");
        await File.WriteAllTextAsync(file, document);
        var result = await Commands.RunAsync(spectral,
            ["lint", file, "--ruleset", Path.Combine(Rules, "adr.spectral.yaml"), "--format", "json", "--quiet"], Rules);
        var text = result.Output.Trim();
        if (!text.StartsWith('['))
        {
            throw new InvalidOperationException($"Spectral gave no findings for {name}: {result}");
        }
        var findings = JsonSerializer.Deserialize<List<LintFinding>>(text, JsonSerializerOptions.Web)!;
        // The list of what is wrong, for a person to read (and for the figures in the notes).
        await File.WriteAllLinesAsync(Path.Combine(folder, $"{name}.findings.txt"), findings.Select(f => f.ToString()));
        return findings;
    }

    /// <summary>How many errors a document may still have: tools/api-rules/baseline.json, lowered as they are mended, never raised.</summary>
    public static int Baseline(string name)
    {
        using var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(Rules, "baseline.json")));
        return baseline.RootElement.GetProperty("errors").TryGetProperty(name, out var count) ? count.GetInt32() : 0;
    }
}
