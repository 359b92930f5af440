using Microsoft.AspNetCore.Components;
using VanBinnenuit.ServiceDefaults.Auth;
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
    private string? leaderName;
    private bool isOfficer;
    private bool isCoordinator;
    private LeaderProposals? proposals;
    private readonly FormErrors errors = new();

    private string Path => $"api/scheduling/v1/series/{Id}";

    private string? Confirmation => Melding switch
    {
        "leider" => "De gespreksleider is gekozen.",
        "gepland" => "De reeks is gepland. De gespreksleider ziet de bijeenkomsten in de agenda.",
        _ => null,
    };

    protected override async Task OnInitializedAsync()
    {
        var caller = Caller.From(HttpContext.User);
        (isOfficer, isCoordinator) = (caller.Role == Roles.MunicipalOfficer, caller.Role == Roles.Coordinator);
        var found = await Api.GetAsync<MeetingSeries>(Path);
        (series, etag, loadProblem) = (found.Value, found.ETag, found.Problem?.Message);
        if (series is null)
        {
            return;
        }
        municipalityName = await Municipalities.NameAsync(series.MunicipalityCode);
        if (series.LeaderId is { } leader && !isOfficer)
        {
            leaderName = (await Api.GetAsync<LeaderName>($"api/registry/v1/leaders/{leader}")).Value?.DisplayName;
        }
    }

    private async Task ProposeAsync()
    {
        var result = await Api.SendAsync<LeaderProposals>(HttpMethod.Post, $"{Path}/leader-proposals", new { limit = 10, excludedLimit = 0 });
        proposals = result.Value;
        if (result.Problem is { } problem)
        {
            errors.Add(problem);
        }
    }

    private Task AssignAsync() =>
        Guid.TryParse(HttpContext.Request.Form["leaderId"], out var leader)
            ? SendAsync(HttpMethod.Put, $"{Path}/leader", new LeaderAssignment(leader), "leider")
            : Task.CompletedTask;

    private Task PlanAsync() => SendAsync(HttpMethod.Post, $"{Path}/planning", new { }, "gepland");

    private async Task SendAsync(HttpMethod method, string path, object body, string confirmation)
    {
        var version = HttpContext.Request.Form["version"].ToString();
        var result = await Api.SendAsync<System.Text.Json.JsonElement>(method, path, body, string.IsNullOrEmpty(version) ? null : version);
        if (result.Succeeded)
        {
            Navigation.NavigateTo($"/bijeenkomsten/{Id}?melding={confirmation}");
            return;
        }
        errors.Add(result.Problem!);
    }

    private sealed record LeaderName(string DisplayName);
}
