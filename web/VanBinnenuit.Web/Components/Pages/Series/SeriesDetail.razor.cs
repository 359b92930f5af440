using Microsoft.AspNetCore.Components;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Web.Api;
using VanBinnenuit.Web.Api.Models;
using VanBinnenuit.Web.Components.Shared;

namespace VanBinnenuit.Web.Components.Pages.Series;

/// <summary>One series: its sessions, and for coordinators the leader proposals with their reasons, the choice and the planning.</summary>
public partial class SeriesDetail
{
    [Parameter] public Guid Id { get; set; }
    [SupplyParameterFromQuery] public string? Melding { get; set; }
    [CascadingParameter] private HttpContext HttpContext { get; set; } = null!;

    private MeetingSeries? series;
    private string? etag;
    private string? loadProblem;
    private string municipalityName = "";
    private CodeNames codeNames = CodeNames.None;
    private bool isOfficer;
    private bool isCoordinator;
    private LeaderProposals? proposals;
    // The sessions' fields are named per session (sessions[1].startsAt), as the API names its problems.
    private readonly FormErrors errors = new(keepIndexes: true);

    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(
        Enumerable.Range(0, 3).SelectMany(i => new[]
        {
            KeyValuePair.Create($"sessions[{i}]", $"Bijeenkomst {i + 1}"), KeyValuePair.Create($"sessions[{i}].startsAt", $"Begin van bijeenkomst {i + 1}"),
            KeyValuePair.Create($"sessions[{i}].endsAt", $"Einde van bijeenkomst {i + 1}"), KeyValuePair.Create($"sessions[{i}].venue", $"Plaats van bijeenkomst {i + 1}"),
        }))
    {
        ["sessions"] = "Bijeenkomsten", ["reason"] = "Reden", ["leaderId"] = "Gespreksleider", ["status"] = "Stand",
    };

    private string? Confirmation => Melding switch
    {
        "concept" => "Het concept is aangemaakt. Kies nu de data en de gespreksleider.",
        "data" => "De data zijn opgeslagen.",
        "leider" => "De gespreksleider is gekozen.",
        "gepland" => "De reeks is gepland. De gespreksleider ziet de bijeenkomsten in de agenda.",
        _ => null,
    };

    protected override async Task OnInitializedAsync()
    {
        var caller = Caller.From(HttpContext.User);
        (isOfficer, isCoordinator) = (caller.Role == Roles.MunicipalOfficer, caller.Role == Roles.Coordinator);
        var found = await Scheduling.GetSeriesAsync(Id);
        (series, etag, loadProblem) = (found.Value, found.ETag, found.Problem?.Message);
        if (series is null)
        {
            return;
        }
        municipalityName = await Municipalities.NameAsync(series.MunicipalityCode);
        codeNames = await CodeNameDirectory.AllAsync();
    }

    private async Task ProposeAsync()
    {
        var result = await Scheduling.ProposeLeadersAsync(Id);
        proposals = result.Value;
        if (result.Problem is { } problem)
        {
            errors.Add(problem);
        }
    }

    private Task AssignAsync() =>
        Guid.TryParse(HttpContext.Request.Form["leaderId"], out var leader)
            ? ChangeAsync(version => Scheduling.AssignLeaderAsync(Id, new LeaderAssignment(leader), version), "leider")
            : Task.CompletedTask;

    private Task ScheduleAsync()
    {
        var form = HttpContext.Request.Form;
        var (starts, ends, venues) = (form["startsAt"], form["endsAt"], form["venue"]);
        var confidential = form["confidential"].ToHashSet();
        var sessions = Enumerable.Range(0, Math.Min(3, starts.Count)).Select(i => new SessionPlan(
            FormValues.Text(starts[i]), FormValues.Text(ends.ElementAtOrDefault(i)), FormValues.Text(venues.ElementAtOrDefault(i)), confidential.Contains(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        for (var i = 0; i < sessions.Count; i++)
        {
            if (sessions[i].StartsAt is null) errors.Add($"sessions[{i}].startsAt", "Vul het begin in.");
            if (sessions[i].EndsAt is null) errors.Add($"sessions[{i}].endsAt", "Vul het einde in.");
        }
        if (errors.Any)
        {
            return Task.CompletedTask;
        }
        return ChangeAsync(version => Scheduling.TimeSessionsAsync(Id, new SessionsPlan(sessions, FormValues.Text(form["reason"])), version), "data");
    }

    /// <summary>The i-th posted value of a field the form repeats per session, so the dates typed stay when the API refuses them.</summary>
    private string? PostedAt(string name, int i) =>
        HttpMethods.IsPost(HttpContext.Request.Method) && HttpContext.Request.HasFormContentType && HttpContext.Request.Form[name] is { Count: 3 } values ? values[i] : null;

    private Task PlanAsync() => ChangeAsync(version => Scheduling.PlanAsync(Id, version), "gepland");

    /// <summary>A change to the series, sent with the version the page showed; on success the page says what changed.</summary>
    private async Task ChangeAsync(Func<string, Task<ApiResult<System.Text.Json.JsonElement>>> change, string confirmation)
    {
        var result = await change(HttpContext.Request.Form["version"].ToString());
        if (result.Succeeded)
        {
            Navigation.NavigateTo($"/bijeenkomsten/{Id}?melding={confirmation}");
            return;
        }
        errors.Add(result.Problem!);
    }
}
