using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using VanBinnenuit.Web.Api.Models;

namespace VanBinnenuit.Web.Api.Clients;

/// <summary>
/// The monitoring API as the pages use it: the indicators (counts only, protected as the API decides),
/// a session's report and the attitude statements' answer counts.
/// </summary>
public sealed class MonitoringClient(GatewayApi api)
{
    private const string Base = "api/monitoring/v1";

    /// <summary>The CSV files a person may download, by the name the web's export address uses.</summary>
    private static readonly Dictionary<string, string> Exports = new(StringComparer.Ordinal)
    {
        ["breakdown"] = $"{Base}/indicators/breakdown.csv",
        ["attitudes"] = $"{Base}/indicators/attitudes.csv",
        ["coverage-gaps"] = $"{Base}/indicators/coverage-gaps.csv",
    };

    /// <summary>The filters an export takes from the web's address; nothing else of it is passed on.</summary>
    private static readonly HashSet<string> ExportFilters = new(["by", "per", "period", "municipality"], StringComparer.Ordinal);

    public Task<ApiResult<Overview>> OverviewAsync(IndicatorFilter filter, CancellationToken cancellationToken = default) =>
        api.GetAsync<Overview>(filter.Query().After($"{Base}/indicators/overview"), cancellationToken);

    /// <summary>Sessions held and people reached, <paramref name="by"/> a grouping (province, community…) <paramref name="per"/> period.</summary>
    public Task<ApiResult<Breakdown>> BreakdownAsync(string by, string per, IndicatorFilter filter, CancellationToken cancellationToken = default) =>
        api.GetAsync<Breakdown>(filter.Query().With("by", by).With("per", per).After($"{Base}/indicators/breakdown"), cancellationToken);

    public Task<ApiResult<List<StatementShift>>> AttitudeShiftsAsync(IndicatorFilter filter, CancellationToken cancellationToken = default) =>
        api.GetAsync<List<StatementShift>>(filter.Query().After($"{Base}/indicators/attitudes"), cancellationToken);

    public Task<ApiResult<List<CoverageGap>>> CoverageGapsAsync(CancellationToken cancellationToken = default) =>
        api.GetAsync<List<CoverageGap>>($"{Base}/indicators/coverage-gaps", cancellationToken);

    /// <summary>
    /// An indicator's CSV file as the API makes it, with only the indicators' own filters passed on;
    /// null when <paramref name="name"/> names no export.
    /// </summary>
    public async Task<HttpResponseMessage?> ExportAsync(string name, IReadOnlyDictionary<string, string?> filters, CancellationToken cancellationToken = default) =>
        Exports.TryGetValue(name, out var path)
            ? await api.GetFileAsync(QueryHelpers.AddQueryString(path, filters.Where(f => ExportFilters.Contains(f.Key))), cancellationToken)
            : null;

    /// <summary>A session's report; the problem's status is 404 while none is written.</summary>
    public Task<ApiResult<SessionReport>> ReportAsync(Guid seriesId, int session, CancellationToken cancellationToken = default) =>
        api.GetAsync<SessionReport>(Report(seriesId, session), cancellationToken);

    /// <summary>Files the report, or corrects it: a correction sends the version it corrects.</summary>
    public Task<ApiResult<SessionReport>> FileReportAsync(Guid seriesId, int session, SessionReportSubmission report, string? version, CancellationToken cancellationToken = default) =>
        api.SendAsync<SessionReport>(HttpMethod.Put, Report(seriesId, session), report, version, cancellationToken);

    public Task<ApiResult<List<Statement>>> StatementsAsync(CancellationToken cancellationToken = default) =>
        api.GetAsync<List<Statement>>($"{Base}/statements", cancellationToken);

    public Task<ApiResult<List<Histogram>>> AnswerCountsAsync(Guid seriesId, CancellationToken cancellationToken = default) =>
        api.GetAsync<List<Histogram>>($"{Base}/series/{seriesId}/attitudes", cancellationToken);

    /// <summary>The answer counts of one moment, <c>before</c> or <c>after</c> the series.</summary>
    public Task<ApiResult<JsonElement>> RecordAnswerCountsAsync(Guid seriesId, string moment, HistogramsSubmission answers, CancellationToken cancellationToken = default) =>
        api.SendAsync<JsonElement>(HttpMethod.Put, $"{Base}/series/{seriesId}/attitudes/{Uri.EscapeDataString(moment)}", answers, cancellationToken: cancellationToken);

    private static string Report(Guid seriesId, int session) => $"{Base}/series/{seriesId}/sessions/{session}/report";
}

/// <summary>
/// The period and municipality the indicators are narrowed to. Periods are the API's fixed grid (the
/// programme, a year, a quarter or a month): figures about people are only published for those, so that
/// no two questions can be subtracted to single out a few people. The API checks the period and says what it accepts.
/// </summary>
public sealed record IndicatorFilter(string? Period = null, string? Municipality = null)
{
    public static readonly IndicatorFilter Everything = new();

    public ApiQuery Query() => new ApiQuery().With("period", Period?.Trim()).With("municipality", Municipality?.Trim());
}
