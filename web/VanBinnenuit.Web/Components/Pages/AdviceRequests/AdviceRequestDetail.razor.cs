using Microsoft.AspNetCore.Components;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Web.Api;
using VanBinnenuit.Web.Api.Clients;
using VanBinnenuit.Web.Api.Models;
using VanBinnenuit.Web.Components.Shared;

namespace VanBinnenuit.Web.Components.Pages.AdviceRequests;

/// <summary>One request: its facts, advice, messages and history, and the moves the reader may make.</summary>
public partial class AdviceRequestDetail
{
    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["action"] = "Volgende stap", ["result"] = "Uitkomst", ["advisorId"] = "Adviseur", ["reason"] = "Reden",
        ["text"] = "Advies", ["message.text"] = "Nieuw bericht", ["status"] = "Status", ["communityId"] = "Gemeenschap", ["audience"] = "Doelgroep",
        ["languages"] = "Talen", ["topicCodes"] = "Thema's", ["preferredFrom"] = "Liefst vanaf", ["preferredUntil"] = "Liefst uiterlijk",
    };

    [Parameter] public Guid Id { get; set; }
    [SupplyParameterFromQuery] public string? Melding { get; set; }
    [CascadingParameter] private HttpContext HttpContext { get; set; } = null!;

    private AdviceRequest? request;
    private string? etag;
    private string? loadProblem;
    private string municipalityName = "";
    private Caller caller = Caller.System;
    private IReadOnlyList<CaseMessage> messages = [];
    private IReadOnlyList<AuditEntry> trail = [];
    private IReadOnlyList<KnowledgeEntry> knowledge = [];
    private IReadOnlyList<CommunityName> communities = [];
    private IReadOnlyList<Advisor> advisors = [];
    private CodeNames codeNames = CodeNames.None;
    private readonly FormErrors errors = new();

    private string? Confirmation => Melding switch
    {
        "ingediend" => "Uw aanvraag is ingediend. U krijgt binnen de termijn bericht.",
        "stap" => "De stap is uitgevoerd.",
        "advies" => "Het advies is opgeslagen.",
        "bericht" => "Het bericht is verstuurd.",
        "ingetrokken" => "De aanvraag is ingetrokken.",
        "reeks" => "De reeks is aangevraagd. De planning maakt er een conceptreeks van.",
        _ => null,
    };

    protected override async Task OnInitializedAsync()
    {
        caller = Caller.From(HttpContext.User);
        var found = await AdviceRequests.GetAsync(Id);
        if (found.Value is null)
        {
            // Another municipality's request answers 404 (or 403), never its content.
            loadProblem = found.Problem?.Message;
            return;
        }
        (request, etag) = (found.Value, found.ETag);
        municipalityName = await Municipalities.NameAsync(request.MunicipalityCode);
        codeNames = await CodeNameDirectory.AllAsync();
        messages = (await AdviceRequests.MessagesAsync(Id)).Value ?? [];
        trail = (await AdviceRequests.AuditTrailAsync(Id)).Value ?? [];
        if (request.MayHandle)
        {
            knowledge = (await AdviceRequests.KnowledgeBaseAsync()).Value ?? [];
            if (caller.Role == Roles.Coordinator)
            {
                advisors = (await AdviceRequests.AdvisorsAsync()).Value ?? [];
            }
            communities = (await Registry.ListAsync<CommunityName>(RegistryList.Communities, RegistryQuery.Choice with { Municipality = request.MunicipalityCode })).Value?.Items ?? [];
        }
    }

    /// <summary>The communities and organisations the request names, by the names the request's own answer gives.</summary>
    private IReadOnlyList<string> Involved =>
        [.. request!.Communities.Concat(request.Organisations).Select(party => party.Name ?? "(onbekend in het register)")];

    /// <summary>
    /// Who wrote or did something: "u" for the reader, else the name identity announced; an account it has not
    /// announced (or a municipality's own system) stays "een ander", never an account id.
    /// </summary>
    private string Person(string subject, string? name) =>
        subject == caller.Subject ? (name is null ? "u" : $"u ({name})") : name ?? "een ander";

    private string AdvisorName => request!.AssignedAdvisor is null ? "nog niet toegewezen"
        : request.AssignedAdvisor == caller.Subject ? "u" : request.AssignedAdvisorName ?? "toegewezen";

    /// <summary>A series asked for takes up the request's own topics, unless the form came back with others ticked.</summary>
    private IReadOnlyList<string> SeriesTopics =>
        HttpContext.Posted("topicCodes") is { } posted ? FormValues.Codes(posted) : request!.TopicCodes;

    private IReadOnlyList<KnowledgeEntry> Linked(RecordedAdvice advice) =>
        [.. knowledge.Where(entry => advice.PitfallIds.Contains(entry.Id) || advice.GoodExampleIds.Contains(entry.Id))];

    private Task ChangeStatusAsync()
    {
        var form = HttpContext.Request.Form;
        var change = new StatusChange(form["action"].ToString(), FormValues.Text(form["advisorId"]), FormValues.Text(form["result"]), FormValues.Text(form["reason"]));
        return SendAsync(version => AdviceRequests.ChangeStatusAsync(Id, change, version), "stap");
    }

    private Task WithdrawAsync() => SendAsync(version => AdviceRequests.ChangeStatusAsync(Id, new StatusChange("close", Result: "withdrawn"), version), "ingetrokken");

    private Task RecordAdviceAsync()
    {
        var form = HttpContext.Request.Form;
        var chosen = form["knowledge"].Select(value => Guid.TryParse(value, out var id) ? id : Guid.Empty).ToHashSet();
        var pitfalls = knowledge.Where(e => e.Kind == "pitfall" && chosen.Contains(e.Id)).Select(e => e.Id).ToList();
        var examples = knowledge.Where(e => e.Kind == "good-example" && chosen.Contains(e.Id)).Select(e => e.Id).ToList();
        var steps = knowledge.Where(e => e.Kind == "step" && chosen.Contains(e.Id)).Select(e => e.Number).ToList();
        if (string.IsNullOrWhiteSpace(form["text"]))
        {
            errors.Add("text", "Schrijf het advies.");
            return Task.CompletedTask;
        }
        return SendAsync(version => AdviceRequests.RecordAdviceAsync(Id, new AdviceSubmission(form["text"], steps, pitfalls, examples), version), "advies");
    }

    private Task RequestSeriesAsync()
    {
        var form = HttpContext.Request.Form;
        if (!Guid.TryParse(form["communityId"], out var community))
        {
            errors.Add("communityId", "Kies de gemeenschap waarvoor de reeks is.");
        }
        var languages = LanguagesField.Read(errors, form, codeNames);
        var from = FormValues.Date(errors, "preferredFrom", form["preferredFrom"]);
        var until = FormValues.Date(errors, "preferredUntil", form["preferredUntil"]);
        if (errors.Any)
        {
            return Task.CompletedTask;
        }
        var series = new SeriesRequestSubmission(community, form["audience"], languages, FormValues.Codes(form["topicCodes"]), from, until);
        return SendAsync(version => AdviceRequests.RequestSeriesAsync(Id, series, version), "reeks");
    }

    private Task PostMessageAsync()
    {
        var form = HttpContext.Request.Form;
        if (string.IsNullOrWhiteSpace(form["message.text"]))
        {
            errors.Add("message.text", "Schrijf een bericht.");
            return Task.CompletedTask;
        }
        return SendAsync(_ => AdviceRequests.PostMessageAsync(Id, new MessageSubmission(form["message.text"], form["internal"] == "true")), "bericht", message: true);
    }

    /// <summary>
    /// Sends a change with the version the page showed, where its form has one (so a change by someone else in between is
    /// refused; a message needs none), then shows the page anew.
    /// </summary>
    private async Task SendAsync(Func<string?, Task<ApiResult<System.Text.Json.JsonElement>>> send, string confirmation, bool message = false)
    {
        var result = await send(HttpContext.Request.Form["version"].ToString());
        if (result.Succeeded)
        {
            Navigation.NavigateTo($"/adviesaanvragen/{Id}?melding={confirmation}");
            return;
        }
        errors.Add(result.Problem!);
        // A message's problems are named "text" by the API; the page's field is "message.text".
        if (message && errors["text"] is { } text)
        {
            errors.Add("message.text", text);
        }
    }
}
