using System.Net;
using System.Text.Json;
using Xunit;

namespace VanBinnenuit.Testing;

public static class ProblemAssertions
{
    /// <summary>Asserts a problem+json answer with the status, and returns the names in invalidParams.</summary>
    public static async Task<IReadOnlyList<string>> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
        Assert.True(problem.RootElement.TryGetProperty("type", out _));
        Assert.True(problem.RootElement.TryGetProperty("instance", out _));
        return problem.RootElement.TryGetProperty("invalidParams", out var invalid)
            ? invalid.EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList()
            : [];
    }
}
