using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.ApiKit.Concurrency;

/// <summary>
/// ETags made from a row's version (PostgreSQL <c>xmin</c>), and the <c>If-Match</c> check that
/// turns a stale write into a 412 instead of a silent overwrite.
/// </summary>
public static class EntityTags
{
    public static string For(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Sets the <c>ETag</c> response header for the version a client just read or wrote.</summary>
    public static void Tag(this HttpResponse response, uint version) => response.Headers.ETag = For(version);

    /// <summary>
    /// Reads <c>If-Match</c>: the version the client last saw, or the problem to answer (428 when
    /// absent, 412 when it names no version of ours or not the current one).
    /// </summary>
    public static bool TryMatch(HttpRequest request, uint currentVersion, out ProblemHttpResult? problem)
    {
        var ifMatch = request.Headers.IfMatch.ToString().Trim();
        problem = null;
        if (ifMatch.Length == 0)
        {
            problem = ApiProblems.PreconditionRequired();
            return false;
        }
        if (ifMatch == "*" || ifMatch.Split(',').Select(t => t.Trim()).Contains(For(currentVersion)))
        {
            return true;
        }
        problem = ApiProblems.PreconditionFailed(
            $"The current version is {For(currentVersion)}; read the resource again and apply your change to that version.");
        return false;
    }
}
