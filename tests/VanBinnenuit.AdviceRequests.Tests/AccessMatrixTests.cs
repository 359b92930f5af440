using System.Net.Http.Json;
using System.Text.Json;
using VanBinnenuit.ServiceDefaults;
using static VanBinnenuit.AdviceRequests.Tests.CaseRequests;

namespace VanBinnenuit.AdviceRequests.Tests;

/// <summary>
/// Who gets what from every advice-requests endpoint. {request} and {withdrawable} are GM0363's
/// ("own") and unassigned; {assigned} is in progress with advisor A, so the matrix's advisor (a
/// different one) may read it but not act on it. Rows run caller by caller, so a move made by the
/// coordinator first is what the later callers find (hence some 422s and 404s rather than 200s).
/// </summary>
[Collection(AdviceRequestsCollection.Name)]
public sealed class AccessMatrixTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private static readonly string Draft = JsonSerializer.Serialize(CaseRequests.Draft());
    private const string Series = """{"communityId":"01930000-0000-7000-8000-0000000000c1","audience":"women","languages":["ar"],"topicCodes":["parenting"]}""";
    private const string Entry = """{"kind":"good-example","title":"Voorbeeld","body":"Tekst"}""";

    private static readonly MatrixRow[] Matrix =
    [
        //                                                                      coord adv  lead own  other admin none exp  aud  tamp unkn
        new("GET", "/v1/municipalities/count", null,                             [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
        new("GET", "/v1/read-models", null,                                      [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/read-models/communities/01930000-0000-7000-8000-0000000000c1", null, [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/read-models/organisations/01930000-0000-7000-8000-0000000000a1", null, [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/advice-requests?pageSize=5", null,                       [200, 200, 403, 200, 200, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/advice-requests", Draft,                                [201, 201, 403, 201, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/advice-requests/{request}", null,                        [200, 200, 403, 200, 404, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/advice-requests/{request}/status-changes", """{"action":"triage"}""", [200, 422, 403, 403, 404, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/advice-requests/{withdrawable}/status-changes", """{"action":"close","result":"withdrawn"}""", [200, 422, 403, 422, 404, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/advice-requests/{request}/audit-trail", null,            [200, 200, 403, 200, 404, 403, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/advice-requests/{assigned}/advice", """{"text":"Advies"}""", [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/advice-requests/{assigned}/series-request", Series,     [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        // After the advice and the series: handing the request over moves it back to assigned.
        new("POST", "/v1/advice-requests/{assigned}/status-changes", """{"action":"assign","advisorId":"advisor-a"}""", [200, 403, 403, 403, 404, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/advice-requests/{request}/messages", null,               [200, 200, 403, 200, 404, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/advice-requests/{request}/messages", """{"text":"Matrix"}""", [201, 201, 403, 201, 404, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/advice-requests/{assigned}/messages", """{"text":"Matrix"}""", [201, 403, 403, 201, 404, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/advice-requests/{request}/documents", null,              [200, 200, 403, 200, 404, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/advice-requests/{request}/documents", "file|Lijst van organisaties", [201, 201, 403, 201, 404, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/advice-requests/{request}/documents/{document}", null,   [200, 200, 403, 200, 404, 403, 401, 401, 401, 401, 401]),
        // {assigned} is advisor A's: the matrix's advisor reads neither its documents nor its internal notes.
        new("GET", "/v1/advice-requests/{assigned}/documents", null,             [200, 403, 403, 200, 404, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/advice-requests/{assigned}/documents/{assigned-document}", null, [200, 403, 403, 200, 404, 403, 401, 401, 401, 401, 401]),
        // The coordinator removes it first, so the others find nothing to remove.
        new("DELETE", "/v1/advice-requests/{request}/documents/{document}", null, [204, 404, 403, 404, 404, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/knowledge-base", null,                                   [200, 200, 403, 200, 200, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/knowledge-base/01930000-0000-7000-8000-00000000b00a", null, [200, 200, 403, 200, 200, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/knowledge-base", Entry,                                 [201, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/knowledge-base/01930000-0000-7000-8000-00000000b00a", Entry, [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/service-levels/attention", null,                         [200, 200, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/advisors", null,                                         [200, 200, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
    ];

    private readonly Dictionary<string, string> _ids = [];
    private AdviceRequestsApiFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = await AdviceRequestsApiFactory.StartAsync(infrastructure, "advice_access");
        using var officer = _factory.Officer();
        _ids["{request}"] = (await SubmitAsync(officer)).ToString();
        _ids["{withdrawable}"] = (await SubmitAsync(officer)).ToString();
        var assigned = await InProgressAsync(_factory);
        _ids["{assigned}"] = assigned.ToString();
        using var upload = await officer.PostAsync($"/v1/advice-requests/{_ids["{request}"]}/documents", MessagesAndDocumentsTests.Upload(MessagesAndDocumentsTests.Pdf, "nota.pdf"));
        _ids["{document}"] = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var assignedUpload = await officer.PostAsync($"/v1/advice-requests/{_ids["{assigned}"]}/documents", MessagesAndDocumentsTests.Upload(MessagesAndDocumentsTests.Pdf, "nota.pdf"));
        _ids["{assigned-document}"] = (await assignedUpload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Every_caller_gets_exactly_the_expected_answer_from_every_endpoint()
    {
        var mismatches = await AccessMatrix.MismatchesAsync(Matrix,
            caller => _factory.ClientWith(AccessMatrix.TokenFor(_factory.Tokens, ResourceNames.AdviceRequests, caller, Guid.NewGuid().ToString())), _ids);
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public void Every_endpoint_of_advice_requests_is_in_the_matrix() =>
        Assert.Empty(AccessMatrix.Uncovered(_factory.Services, Matrix.Select(row => $"{row.Method} {Template(row.Path)}")));

    [Fact]
    public void Every_endpoint_of_advice_requests_names_its_policy_or_anonymous_access() =>
        Assert.Empty(AccessMatrix.NamingNoPolicy(_factory.Services));

    // "/v1/advice-requests/{request}/documents/{document}" → "/v1/advice-requests/{id:guid}/documents/{documentId:guid}".
    private static string Template(string path) => System.Text.RegularExpressions.Regex.Replace(path.Split('?')[0]
        .Replace("{request}", "{id:guid}").Replace("{withdrawable}", "{id:guid}").Replace("{assigned}", "{id:guid}").Replace("{document}", "{documentId:guid}")
        .Replace("/read-models/communities/01930000-0000-7000-8000-0000000000c1", "/read-models/communities/{id:guid}")
        .Replace("/read-models/organisations/01930000-0000-7000-8000-0000000000a1", "/read-models/organisations/{id:guid}"),
        "/[0-9a-f]{8}-[0-9a-f-]{27}$", "/{id:guid}");
}
