using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.Persistence.Outbox;
using static VanBinnenuit.AdviceRequests.Tests.CaseRequests;

namespace VanBinnenuit.AdviceRequests.Tests;

[Collection(AdviceRequestsCollection.Name)]
public sealed class CaseApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private AdviceRequestsApiFactory _factory = null!;

    public async Task InitializeAsync() => _factory = await AdviceRequestsApiFactory.StartAsync(infrastructure, "advice_case");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task An_officer_submits_for_their_own_municipality_and_the_request_starts_as_submitted()
    {
        using var officer = _factory.Officer();
        using var response = await officer.PostAsJsonAsync("/v1/advice-requests", Draft());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var request = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("submitted", "GM0363", false), (request.GetProperty("status").GetString(), request.GetProperty("municipalityCode").GetString(), request.GetProperty("enteredOnBehalf").GetBoolean()));
        Assert.Equal(["advice", "meeting-series"], request.GetProperty("hopes").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal("a.ambtenaar@amsterdam.nl", request.GetProperty("contact").GetProperty("email").GetString());

        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AdviceRequestsDbContext>();
        var submitted = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.MessageType.EndsWith("AdviceRequestSubmitted")).Select(m => m.Body).ToListAsync();
        var body = Assert.Single(submitted, b => b.Contains(request.GetProperty("id").GetString()!, StringComparison.Ordinal));
        // The question and the contact officer stay in this service.
        Assert.DoesNotContain("Syrische gemeenschap", body, StringComparison.Ordinal);
        Assert.DoesNotContain("ambtenaar", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_officer_cannot_submit_for_another_municipality_but_an_advisor_enters_one_on_its_behalf()
    {
        using var officer = _factory.Officer();
        using var refused = await officer.PostAsJsonAsync("/v1/advice-requests", Draft("GM0599"));
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);

        using var advisor = _factory.Advisor();
        using var entered = await advisor.PostAsJsonAsync("/v1/advice-requests", Draft("GM0599"));
        Assert.Equal(HttpStatusCode.Created, entered.StatusCode);
        Assert.True((await entered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enteredOnBehalf").GetBoolean());
    }

    [Fact]
    public async Task The_list_searches_the_question_and_the_municipality_name_within_the_readers_scope()
    {
        using var advisor = _factory.Advisor();
        using var amsterdam = _factory.Officer();
        var word = $"zoekwoord{Guid.NewGuid():N}"[..20];
        var draft = System.Text.Json.JsonSerializer.SerializeToNode(Draft())!;
        draft["question"] = $"Hoe vinden wij de {word.ToUpperInvariant()}-groep?";
        using (var created = await amsterdam.PostAsJsonAsync("/v1/advice-requests", draft))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        var rotterdam = await SubmitAsync(_factory.Officer("GM0599"), "GM0599");

        Assert.Single((await GetAsync(advisor, $"/v1/advice-requests?search={word}")).GetProperty("items").EnumerateArray());
        Assert.Contains((await GetAsync(advisor, "/v1/advice-requests?search=rotter&pageSize=100")).GetProperty("items").EnumerateArray(),
            r => r.GetProperty("id").GetGuid() == rotterdam);
        // Amsterdam's officer finds nothing of Rotterdam's, searching or not.
        Assert.Empty((await GetAsync(amsterdam, "/v1/advice-requests?search=rotter")).GetProperty("items").EnumerateArray());
        using var tooLong = await advisor.GetAsync($"/v1/advice-requests?search={new string('x', 101)}");
        Assert.Equal(["search"], await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("GM9999", "municipalityCode")]
    [InlineData("GM0007", "municipalityCode")]
    public async Task A_municipality_that_does_not_exist_is_a_422_with_the_reason(string municipality, string field)
    {
        using var advisor = _factory.Advisor();
        using var response = await advisor.PostAsJsonAsync("/v1/advice-requests", Draft(municipality));
        Assert.Equal([field], await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity));
    }

    [Fact]
    public async Task Unknown_or_retired_communities_and_organisations_are_named_by_position()
    {
        using var advisor = _factory.Advisor();
        using var response = await advisor.PostAsJsonAsync("/v1/advice-requests", new
        {
            municipalityCode = "GM0363", communityIds = new[] { AdviceRequestsApiFactory.Community, AdviceRequestsApiFactory.RetiredCommunity },
            organisationIds = new[] { Guid.NewGuid() }, approachStep = 0, question = "Vraag", hopes = new[] { "training" },
            contact = new { name = "A", email = "a@gemeente.nl" },
        });
        Assert.Equal(["communityIds[1]", "organisationIds[0]"], await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity));
    }

    [Fact]
    public async Task Every_problem_of_a_draft_is_named_at_once_and_nothing_is_stored()
    {
        using var advisor = _factory.Advisor();
        using var response = await advisor.PostAsJsonAsync("/v1/advice-requests", new
        {
            municipalityCode = "Amsterdam", approachStep = 7, question = new string('x', 4001), hopes = new[] { "other" },
            desiredFrom = "2027-06-01", desiredUntil = "2027-05-01", contact = new { email = "geen-adres" },
        });
        var invalid = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["approachStep", "contact.email", "contact.name", "desiredUntil", "hopesOther", "municipalityCode", "question"], invalid.Order());
        using var scope = _factory.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AdviceRequestsDbContext>().Requests.IgnoreQueryFilters().AnyAsync(r => r.MunicipalityCode == "AMSTERDAM"));
    }

    [Fact]
    public async Task A_request_goes_from_submitted_to_closed_and_the_audit_trail_says_each_step_once()
    {
        using var coordinator = _factory.Coordinator();
        using var advisor = _factory.Advisor();
        var id = await InProgressAsync(_factory);
        await OkAsync(SendAsync(advisor, HttpMethod.Put, $"/v1/advice-requests/{id}/advice", new { text = "Begin bij de sleutelfiguren.", steps = new[] { 1, 2 } }));
        await OkAsync(MoveAsync(advisor, id, new { action = "give-advice" }));
        await OkAsync(MoveAsync(advisor, id, new { action = "close", result = "advice-delivered" }));

        var request = await GetAsync(coordinator, $"/v1/advice-requests/{id}");
        Assert.Equal(("closed", "advice-delivered", AdviceRequestsApiFactory.AdvisorA),
            (request.GetProperty("status").GetString(), request.GetProperty("result").GetString(), request.GetProperty("assignedAdvisor").GetString()));
        var trail = (await GetAsync(coordinator, $"/v1/advice-requests/{id}/audit-trail")).EnumerateArray().ToList();
        Assert.Equal(["submit", "triage", "assign", "start", "record-advice", "give-advice", "close"], trail.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("officer-GM0363", trail[0].GetProperty("who").GetString());
        Assert.Equal(("triaged", "assigned (advisor advisor-a)"), (trail[2].GetProperty("before").GetString(), trail[2].GetProperty("after").GetString()));
        Assert.All(trail.Zip(trail.Skip(1)), pair => Assert.Equal(pair.First.GetProperty("after").GetString(), pair.Second.GetProperty("before").GetString()));
        using var scope = _factory.Services.CreateScope();
        var changes = await scope.ServiceProvider.GetRequiredService<AdviceRequestsDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType.EndsWith("AdviceRequestStatusChanged")).Select(m => m.Body).ToListAsync();
        Assert.Equal(5, changes.Count(body => body.Contains(id.ToString(), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_illegal_move_is_refused_naming_the_allowed_ones_and_changes_nothing()
    {
        using var officer = _factory.Officer();
        using var advisor = _factory.Advisor();
        var id = await SubmitAsync(officer);
        using var response = await MoveAsync(advisor, id, new { action = "give-advice" });
        Assert.Equal(["action"], await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["triage", "close"], problem.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Single((await GetAsync(advisor, $"/v1/advice-requests/{id}/audit-trail")).EnumerateArray());
    }

    [Fact]
    public async Task Advice_is_given_only_once_written_and_a_referral_only_once_asked_for()
    {
        using var advisor = _factory.Advisor();
        var id = await InProgressAsync(_factory);
        using var early = await MoveAsync(advisor, id, new { action = "give-advice" });
        Assert.Equal(["advice"], await early.AssertProblemAsync(HttpStatusCode.UnprocessableEntity));
        using var referred = await MoveAsync(advisor, id, new { action = "close", result = "referred-to-meeting-series" });
        Assert.Equal(["result"], await referred.AssertProblemAsync(HttpStatusCode.UnprocessableEntity));
    }

    [Fact]
    public async Task Advice_points_only_into_the_knowledge_base()
    {
        using var advisor = _factory.Advisor();
        var id = await InProgressAsync(_factory);
        var pitfall = Guid.Parse("01930000-0000-7000-8000-00000000b008");
        var example = Guid.Parse("01930000-0000-7000-8000-00000000b00a");
        using var wrong = await SendAsync(advisor, HttpMethod.Put, $"/v1/advice-requests/{id}/advice",
            new { text = "Advies", steps = new[] { 1 }, pitfallIds = new[] { example, pitfall }, goodExampleIds = new[] { Guid.NewGuid() } });
        Assert.Equal(["pitfallIds[0]", "goodExampleIds[0]"], await wrong.AssertProblemAsync(HttpStatusCode.UnprocessableEntity));
        using var right = await SendAsync(advisor, HttpMethod.Put, $"/v1/advice-requests/{id}/advice",
            new { text = "Advies", steps = new[] { 4, 1 }, pitfallIds = new[] { pitfall }, goodExampleIds = new[] { example } });
        var advice = (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("advice");
        Assert.Equal([1, 4], advice.GetProperty("steps").EnumerateArray().Select(s => s.GetInt32()));
        Assert.Equal(AdviceRequestsApiFactory.AdvisorA, advice.GetProperty("recordedBy").GetString());
    }

    [Fact]
    public async Task Who_may_move_a_request_advisors_their_own_and_unassigned_ones_officers_only_withdraw()
    {
        using var officer = _factory.Officer();
        using var advisorB = _factory.Advisor(AdviceRequestsApiFactory.AdvisorB);
        using var coordinator = _factory.Coordinator();
        var id = await InProgressAsync(_factory);
        using (var other = await MoveAsync(advisorB, id, new { action = "give-advice" }))
        {
            await other.AssertProblemAsync(HttpStatusCode.Forbidden);
        }
        using (var triage = await MoveAsync(officer, (await SubmitAsync(officer)), new { action = "triage" }))
        {
            await triage.AssertProblemAsync(HttpStatusCode.Forbidden);
        }
        var unassigned = await SubmitAsync(officer);
        await OkAsync(MoveAsync(advisorB, unassigned, new { action = "triage" }));
        using (var handOut = await MoveAsync(advisorB, unassigned, new { action = "assign", advisorId = AdviceRequestsApiFactory.AdvisorA }))
        {
            await handOut.AssertProblemAsync(HttpStatusCode.Forbidden);
        }
        await OkAsync(MoveAsync(coordinator, unassigned, new { action = "assign", advisorId = AdviceRequestsApiFactory.AdvisorA }));
        using (var taken = await MoveAsync(advisorB, unassigned, new { action = "start" }))
        {
            await taken.AssertProblemAsync(HttpStatusCode.Forbidden);
        }
        await OkAsync(MoveAsync(officer, unassigned, new { action = "close", result = "withdrawn" }));
        Assert.Equal("withdrawn", (await GetAsync(officer, $"/v1/advice-requests/{unassigned}")).GetProperty("result").GetString());
    }

    [Fact]
    public async Task Each_reader_is_told_what_they_may_do_with_a_request_and_a_move_not_offered_is_refused()
    {
        using var officer = _factory.Officer();
        using var advisorB = _factory.Advisor(AdviceRequestsApiFactory.AdvisorB);
        using var coordinator = _factory.Coordinator();
        var id = await InProgressAsync(_factory);
        var path = $"/v1/advice-requests/{id}";

        Assert.Equal("handles|assign,give-advice,close|advice|series", Options(await GetAsync(coordinator, path)));
        Assert.Equal("-||-|-", Options(await GetAsync(advisorB, path)));
        Assert.Equal("-|close|-|-", Options(await GetAsync(officer, path)));

        var submitted = await SubmitAsync(officer);
        Assert.Equal("handles|triage,close|-|-", Options(await GetAsync(advisorB, $"/v1/advice-requests/{submitted}")));
        // What is not offered is refused: the officer's only move is withdrawing, the other advisor has none here.
        using (var triage = await MoveAsync(officer, submitted, new { action = "triage" }))
        {
            await triage.AssertProblemAsync(HttpStatusCode.Forbidden);
        }
        using (var close = await MoveAsync(advisorB, id, new { action = "close", result = "out-of-scope" }))
        {
            await close.AssertProblemAsync(HttpStatusCode.Forbidden);
        }

        await OkAsync(MoveAsync(officer, id, new { action = "close", result = "withdrawn" }));
        Assert.Equal("handles|reopen|-|-", Options(await GetAsync(coordinator, path)));
        Assert.Equal("-||-|-", Options(await GetAsync(officer, path)));
    }

    /// <summary>"handles|assign,close|advice|series": whether the reader handles it, their moves, and whether they may record advice and ask for a series.</summary>
    private static string Options(JsonElement request) => string.Join('|',
        request.GetProperty("mayHandle").GetBoolean() ? "handles" : "-",
        string.Join(',', request.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString())),
        request.GetProperty("mayRecordAdvice").GetBoolean() ? "advice" : "-",
        request.GetProperty("mayRequestSeries").GetBoolean() ? "series" : "-");

    [Fact]
    public async Task Moves_need_the_current_version_so_two_at_once_cannot_both_win()
    {
        using var officer = _factory.Officer();
        using var advisor = _factory.Advisor();
        var id = await SubmitAsync(officer);
        using var read = await advisor.GetAsync($"/v1/advice-requests/{id}");
        var etag = read.Headers.ETag!.Tag;
        using (var without = await SendAsync(advisor, HttpMethod.Post, $"/v1/advice-requests/{id}/status-changes", new { action = "triage" }, ifMatch: ""))
        {
            await without.AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        }
        await OkAsync(SendAsync(advisor, HttpMethod.Post, $"/v1/advice-requests/{id}/status-changes", new { action = "triage" }, ifMatch: etag));
        using var stale = await SendAsync(advisor, HttpMethod.Post, $"/v1/advice-requests/{id}/status-changes", new { action = "close", result = "out-of-scope" }, ifMatch: etag);
        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("triaged", (await GetAsync(advisor, $"/v1/advice-requests/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_audit_trail_cannot_be_changed_even_by_hand()
    {
        using var officer = _factory.Officer();
        var id = await SubmitAsync(officer);
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AdviceRequestsDbContext>();
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE audit_trail SET who = 'iemand' WHERE advice_request_id = {id}"));
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM audit_trail WHERE advice_request_id = {id}"));
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE audit_trail CASCADE"));
        Assert.Equal("officer-GM0363", (await GetAsync(officer, $"/v1/advice-requests/{id}/audit-trail"))[0].GetProperty("who").GetString());
    }

    [Fact]
    public async Task Officers_list_only_their_own_municipality_and_advisors_their_own_work()
    {
        using var own = _factory.Officer();
        using var other = _factory.Officer("GM0599");
        var ownId = await SubmitAsync(own);
        var otherId = await SubmitAsync(other, "GM0599");
        var ids = (await GetAsync(own, "/v1/advice-requests?pageSize=100")).GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(ownId, ids);
        Assert.DoesNotContain(otherId, ids);
        using var notFound = await own.GetAsync($"/v1/advice-requests/{otherId}");
        await notFound.AssertProblemAsync(HttpStatusCode.NotFound);

        var mine = await InProgressAsync(_factory);
        using var advisor = _factory.Advisor();
        var assigned = (await GetAsync(advisor, "/v1/advice-requests?assignedTo=me&pageSize=100")).GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(mine, assigned);
        Assert.DoesNotContain(ownId, assigned);
    }
}
