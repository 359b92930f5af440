using Microsoft.AspNetCore.Components;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Web.Api.Clients;
using VanBinnenuit.Web.Api.Models;
using VanBinnenuit.Web.Components.Shared;

namespace VanBinnenuit.Web.Components.Pages.Results;

/// <summary>The monitoring dashboard: key figures, progress to the target, per province, completion and attitude shift.</summary>
public partial class ResultsDashboard
{
    private static readonly IReadOnlyDictionary<string, string> FilterLabels = new Dictionary<string, string>
    {
        ["period"] = "Periode", ["municipality"] = "Gemeente",
    };

    /// <summary>A figure about people that describes fewer than 5 people after adjustment.</summary>
    private const string FewerThan5 = "minder dan 5";

    /// <summary>A mean, share or rate over too few people to show.</summary>
    private const string TooFew = "te weinig mensen";

    [SupplyParameterFromQuery] public string? Periode { get; set; }
    [SupplyParameterFromQuery] public string? Gemeente { get; set; }
    [CascadingParameter] private HttpContext HttpContext { get; set; } = null!;

    private readonly FormErrors errors = new();
    private bool isOfficer;
    private string? scopeName;
    private string apiQuery = "";
    private IReadOnlyDictionary<string, Municipality> municipalities = new Dictionary<string, Municipality>();
    private Overview? overview;
    private Breakdown? perProvince;
    private IReadOnlyList<StatementShift> shifts = [];
    private IReadOnlyList<ChartBar> progress = [];
    private IReadOnlyList<IReadOnlyList<string>> progressRows = [];

    protected override async Task OnInitializedAsync()
    {
        var caller = Caller.From(HttpContext.User);
        isOfficer = caller.Role == Roles.MunicipalOfficer;
        municipalities = await Municipalities.AllAsync();
        // An officer sees their own municipality's figures; the API enforces it whatever is asked.
        var filter = new IndicatorFilter(Periode, isOfficer ? caller.MunicipalityCode : Gemeente);
        // The download links ask the web for the same figures the page shows.
        apiQuery = QueryString.Create(filter.Query()).ToUriComponent().TrimStart('?');
        if (filter.Municipality is { } code)
        {
            scopeName = municipalities.TryGetValue(code, out var m) ? m.Name : code;
        }
        var overviewResult = await Monitoring.OverviewAsync(filter);
        if (overviewResult.Problem is { } problem)
        {
            errors.Add(problem);
            return;
        }
        overview = overviewResult.Value;
        var quarters = (await Monitoring.BreakdownAsync("province", "quarter", filter)).Value;
        perProvince = quarters;
        if (quarters is not null)
        {
            Progress(quarters);
        }
        shifts = (await Monitoring.AttitudeShiftsAsync(filter)).Value ?? [];
    }

    /// <summary>Sessions held per quarter, added up, so the bars climb toward the target.</summary>
    private void Progress(Breakdown quarters)
    {
        var running = 0;
        var bars = new List<ChartBar>();
        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < quarters.Periods.Count; i++)
        {
            running += quarters.SessionsHeldTotals[i];
            bars.Add(new ChartBar(quarters.Periods[i], running, Words.Number(running)));
            rows.Add([quarters.Periods[i], Words.Number(quarters.SessionsHeldTotals[i]), Words.Number(running)]);
        }
        (progress, progressRows) = (bars, rows);
    }

    private static string? Shown(long? value) => value is { } v ? Words.Number(v) : null;

    private static string? Shown(decimal? value, int decimals) => value is { } v ? Words.Number((double)v, decimals) : null;

    /// <summary>A rate with nothing to count yet is a dash; one over too few people is null, for the page to say so.</summary>
    private static string? Shown(decimal? value, int decimals, bool counted) => counted ? Shown(value, decimals) : "—";
}
