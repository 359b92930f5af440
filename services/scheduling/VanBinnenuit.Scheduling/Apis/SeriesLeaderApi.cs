using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Scheduling.Domain;

namespace VanBinnenuit.Scheduling.Apis;

/// <summary>The right conversation leader for a series: ranked proposals with their reasons, and the assignment.</summary>
public static class SeriesLeaderApi
{
    public const int MaxProposals = 100;

    public static IEndpointRouteBuilder MapSeriesLeaderApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/series/{id:guid}").WithTags("Series").RequireAuthorization(Policies.PlanProgramme);
        api.MapPost("/leader-proposals", ProposeLeaders).WithName("ProposeLeaders");
        api.MapPut("/leader", AssignLeader).WithName("AssignLeader").RequiresIfMatch().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    /// <summary>Propose leaders for a series</summary>
    /// <remarks>
    /// For coordinators: the leaders who may lead all three sessions, best match first (community, languages, topics, region, load), and how many each rule excluded, with the first few excluded and why. <c>limit</c> and <c>excludedLimit</c> bound the lists.
    /// </remarks>
    public static async Task<Results<Ok<ProposalsResponse>, ProblemHttpResult>> ProposeLeaders(
        Guid id, ProposalRequest? request, SchedulingDbContext db, LeaderProfileCache profiles, IOptions<SchedulingRules> rules, CancellationToken cancellationToken)
    {
        var limit = request?.Limit ?? 20;
        var excludedLimit = request?.ExcludedLimit ?? 50;
        if (limit is < 1 or > MaxProposals || excludedLimit is < 0 or > 20_000)
        {
            return ApiProblems.Validation([.. new[]
            {
                limit is < 1 or > MaxProposals ? new InvalidParam("limit", $"Must be between 1 and {MaxProposals}.") : null,
                excludedLimit is < 0 or > 20_000 ? new InvalidParam("excludedLimit", "Must be between 0 and 20000.") : null,
            }.OfType<InvalidParam>()]);
        }
        var series = await db.Series.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (series is null)
        {
            return ApiProblems.NotFound($"No series has the id {id}.");
        }
        var needs = await SeriesStore.NeedsAsync(db, series, null, cancellationToken);
        var bookings = await SeriesStore.BookingsAsync(db, null, needs, cancellationToken);
        var provinces = await db.Set<ReadModels.MunicipalityReference>().AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.ProvinceCode, cancellationToken);
        var leaders = await profiles.GetAsync(db, cancellationToken);
        var ranked = LeaderMatcher.Rank(leaders, needs, bookings, code => provinces.GetValueOrDefault(code), rules.Value);
        return TypedResults.Ok(new ProposalsResponse(
            ranked.Eligible.Count,
            [.. ranked.Eligible.Take(limit)],
            ranked.Excluded.GroupBy(e => e.Rule).ToDictionary(g => MeetingSeries.Describe(g.Key), g => g.Count()),
            [.. ranked.Excluded.Take(excludedLimit)]));
    }

    /// <summary>Assign a series' leader</summary>
    /// <remarks>
    /// For coordinators. A leader who does not know the community needs a <c>communityOverrideReason</c>, replacing a leader a <c>replacementReason</c>. A leader who is booked, absent or at their cap at one of the sessions is refused with 422; a booking of the leader saved elsewhere at the same moment with 409. Send the series' <c>ETag</c> as <c>If-Match</c>; a change someone else saved first is refused with 412, a missing <c>If-Match</c> with 428.
    /// </remarks>
    public static async Task<Results<Ok<SeriesResponse>, ProblemHttpResult>> AssignLeader(
        Guid id, LeaderAssignment request, SchedulingDbContext db, Caller caller, IOptions<SchedulingRules> rules, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken)
    {
        var validation = new Validation();
        if (request.LeaderId is null || request.LeaderId == Guid.Empty)
        {
            validation.Add("leaderId", "Is required.");
        }
        var overrideReason = validation.Text("communityOverrideReason", request.CommunityOverrideReason, 500, required: false);
        var replacementReason = validation.Text("replacementReason", request.ReplacementReason, 500, required: false);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var (series, problem) = await SeriesApi.FindForUpdateAsync(db, id, http.Request, cancellationToken);
        if (series is null)
        {
            return problem!;
        }
        var leaderId = request.LeaderId!.Value;
        if (await SeriesApi.LeaderExclusionAsync(db, series, leaderId, overrideReason is not null, rules.Value, cancellationToken) is { } exclusion)
        {
            return ApiProblems.Unprocessable($"This leader cannot lead the series: {exclusion.Reason}",
                [new InvalidParam("leaderId", $"{MeetingSeries.Describe(exclusion.Rule)}: {exclusion.Reason}")]);
        }
        if (series.AssignLeader(leaderId, overrideReason, replacementReason, clock.GetUtcNow()) is { } broken)
        {
            return ApiProblems.Unprocessable(broken.Reason, [new InvalidParam(broken.Field, broken.Reason)]);
        }
        return await SeriesApi.SaveAsync(db, series, rules.Value, caller, http.Response, cancellationToken);
    }
}

/// <param name="Limit">How many eligible leaders to return, best first (1–100, default 20).</param>
/// <param name="ExcludedLimit">How many excluded leaders to list with their reason (default 50); all are counted per rule.</param>
public sealed record ProposalRequest(int? Limit, int? ExcludedLimit) : IExample<ProposalRequest>
{
    public static ProposalRequest Example => new(5, 20);
}

/// <param name="CommunityOverrideReason">A coordinator choosing a leader who does not serve the community says why.</param>
/// <param name="ReplacementReason">Needed when the series already has another leader.</param>
public sealed record LeaderAssignment([property: Required] Guid? LeaderId, string? CommunityOverrideReason, string? ReplacementReason) : IExample<LeaderAssignment>
{
    public static LeaderAssignment Example => new(Guid.Parse("0193a1e7-3d4c-7b5a-8f61-9e0d1c2b3a49"), null, null);
}

public sealed record ProposalsResponse(int EligibleCount, IReadOnlyList<Proposal> Eligible, IReadOnlyDictionary<string, int> ExcludedByRule, IReadOnlyList<Excluded> Excluded) : IExample<ProposalsResponse>
{
    public static ProposalsResponse Example => new(12,
        [new Proposal(Guid.Parse("0193a1e7-3d4c-7b5a-8f61-9e0d1c2b3a49"), "Amina Yusuf", 0.87, [new ScorePart("language", 1, 0.25, "ti (native)"), new ScorePart("community", 1, 0.20, "serves this community"), new ScorePart("gender", 1, 0.10, "a woman leading a women's group")])],
        new Dictionary<string, int> { ["language"] = 121, ["availability"] = 9 },
        [new Excluded(Guid.Parse("0193a1e7-9f8e-7d6c-8b5a-4c3d2e1f0a98"), "Samira el Idrissi", EligibilityRule.Language, "speaks none of ti, nl")]);
}
