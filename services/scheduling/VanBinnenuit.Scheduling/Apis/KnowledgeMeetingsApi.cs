using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Apis;

/// <summary>Knowledge meetings for municipalities: coordinators organise them, municipal officers register, one seat each, with a waiting list.</summary>
public static class KnowledgeMeetingsApi
{
    public static IEndpointRouteBuilder MapKnowledgeMeetingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/knowledge-meetings").WithTags("Knowledge meetings").RequireAuthorization(Policies.ReadProgrammeData);
        api.MapGet("", ListMeetings).WithName("ListKnowledgeMeetings");
        api.MapPost("", CreateMeeting).WithName("CreateKnowledgeMeeting").RequireAuthorization(Policies.PlanProgramme);
        api.MapGet("/{id:guid}/registrations", ListRegistrations).WithName("ListKnowledgeMeetingRegistrations").RequireAuthorization(Policies.PlanProgramme);
        api.MapPost("/{id:guid}/registrations", EnterRegistration).WithName("EnterKnowledgeMeetingRegistration").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.PlanProgramme);
        var mine = api.MapGroup("/{id:guid}/registrations/mine").RequireAuthorization(policy => policy.RequireRole(Roles.MunicipalOfficer));
        mine.MapPut("", Register).WithName("RegisterForKnowledgeMeeting").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        mine.MapDelete("", CancelRegistration).WithName("CancelKnowledgeMeetingRegistration").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    /// <summary>List the knowledge meetings</summary>
    /// <remarks>
    /// The meetings for municipalities that have not yet ended, with seats taken and free, and (for a municipal officer) whether they are registered or on the waiting list.
    /// </remarks>
    public static async Task<Ok<List<KnowledgeMeetingResponse>>> ListMeetings(SchedulingDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var meetings = await db.KnowledgeMeetings.AsNoTracking().Where(m => m.EndsAt > now).OrderBy(m => m.StartsAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(meetings.Select(m => KnowledgeMeetingResponse.For(m, Subject(user))).ToList());
    }

    /// <summary>Organise a knowledge meeting</summary>
    /// <remarks>
    /// For coordinators: title, start and end (Dutch local time), place and number of seats.
    /// </remarks>
    public static async Task<Results<Created<KnowledgeMeetingResponse>, ProblemHttpResult>> CreateMeeting(
        KnowledgeMeetingDraft draft, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var title = validation.Text("title", draft.Title, 200);
        var place = validation.Text("place", draft.Place, 300);
        var capacity = validation.Range("capacity", draft.Capacity, 1, 1000);
        var startOk = DutchTime.TryParse(draft.StartsAt, out var start, out var startProblem);
        var endOk = DutchTime.TryParse(draft.EndsAt, out var end, out var endProblem);
        if (!startOk)
        {
            validation.Add("startsAt", startProblem);
        }
        if (!endOk)
        {
            validation.Add("endsAt", endProblem);
        }
        if (startOk && endOk && end <= start)
        {
            validation.Add("endsAt", "Must be later than the start.");
        }
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var meeting = new KnowledgeMeeting { Title = title!, Place = place!, Capacity = capacity!.Value, StartsAt = start, EndsAt = end };
        db.KnowledgeMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/v1/knowledge-meetings/{meeting.Id}", KnowledgeMeetingResponse.For(meeting, null));
    }

    /// <summary>List a meeting's registrations</summary>
    /// <remarks>
    /// For coordinators: those with a seat and those waiting, in order of registration, with name, municipality and status; an e-mail address is kept only as a hash, so none is shown.
    /// </remarks>
    public static async Task<Results<Ok<List<RegistrationResponse>>, ProblemHttpResult>> ListRegistrations(
        Guid id, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var meeting = await db.KnowledgeMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        return meeting is null
            ? ApiProblems.NotFound($"No knowledge meeting has the id {id}.")
            : TypedResults.Ok(meeting.ActiveRegistrations().Select(r => new RegistrationResponse(r.Name, r.MunicipalityCode, r.RegisteredAt, meeting.HasSeat(r) ? "seat" : "waiting")).ToList());
    }

    /// <summary>Register for a knowledge meeting</summary>
    /// <remarks>
    /// For a municipal officer: one seat per officer, or a place on the waiting list when the meeting is full. Registering twice is refused with 409, a meeting that has taken place with 422.
    /// </remarks>
    public static async Task<Results<Ok<KnowledgeMeetingResponse>, ProblemHttpResult>> Register(
        Guid id, SchedulingDbContext db, ClaimsPrincipal user, Caller caller, TimeProvider clock, CancellationToken cancellationToken) =>
        await ChangeAsync(db, id, user, cancellationToken, meeting =>
            meeting.Register(Subject(user)!, user.FindFirstValue("name") ?? "", caller.MunicipalityCode ?? "", clock.GetUtcNow()).Broken);

    /// <summary>Enter a registration for someone</summary>
    /// <remarks>
    /// For coordinators: an officer who registered by telephone or e-mail, in line with those who registered themselves, once per address (kept only as a hash, the key that keeps it once). The same address twice is refused with 409, a meeting that has taken place with 422.
    /// </remarks>
    public static async Task<Results<Ok<KnowledgeMeetingResponse>, ProblemHttpResult>> EnterRegistration(
        Guid id, EnteredRegistrationDraft draft, SchedulingDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var name = validation.Text("name", draft.Name, 100);
        var email = validation.Email("email", draft.Email, required: true);
        var municipality = validation.MunicipalityCode("municipalityCode", draft.MunicipalityCode);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var subject = EnteredRegistrationDraft.SubjectFor(email!);
        return await ChangeAsync(db, id, user, cancellationToken, meeting =>
        {
            var broken = meeting.Register(subject, name!, municipality!, clock.GetUtcNow()).Broken;
            return broken is { Field: "registration" } ? broken with { Reason = "This address is registered for this meeting already." } : broken;
        });
    }

    /// <summary>Cancel one's registration</summary>
    /// <remarks>
    /// For a municipal officer: gives the seat back; the first on the waiting list takes it. Without a registration the answer is 409.
    /// </remarks>
    public static async Task<Results<Ok<KnowledgeMeetingResponse>, ProblemHttpResult>> CancelRegistration(
        Guid id, SchedulingDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken) =>
        await ChangeAsync(db, id, user, cancellationToken, meeting => meeting.Cancel(Subject(user)!, clock.GetUtcNow()));

    /// <summary>
    /// Changes registrations with the meeting's row locked, so each officer is told the seat or
    /// waiting place they really have, however many register at the same moment.
    /// </summary>
    private static async Task<Results<Ok<KnowledgeMeetingResponse>, ProblemHttpResult>> ChangeAsync(
        SchedulingDbContext db, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken, Func<KnowledgeMeeting, RuleBroken?> change)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM knowledge_meetings WHERE id = {id} FOR UPDATE", cancellationToken);
        var meeting = await db.KnowledgeMeetings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return ApiProblems.NotFound($"No knowledge meeting has the id {id}.");
        }
        if (change(meeting) is { } broken)
        {
            return broken.Field == "registration" ? ApiProblems.Conflict(broken.Reason) : ApiProblems.Unprocessable(broken.Reason);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(KnowledgeMeetingResponse.For(meeting, Subject(user)));
    }

    private static string? Subject(ClaimsPrincipal user) => user.FindFirstValue("sub");
}

/// <param name="StartsAt">Dutch local time, such as 2027-05-20T13:30.</param>
public sealed record KnowledgeMeetingDraft([property: Required] string? Title, [property: Required] string? StartsAt, [property: Required] string? EndsAt, [property: Required] string? Place, [property: Required] int? Capacity) : IExample<KnowledgeMeetingDraft>
{
    public static KnowledgeMeetingDraft Example => new("Samenwerken met migrantenorganisaties: de vier stappen", "2027-03-18T13:30", "2027-03-18T16:30", "Movisie, Catharijnesingel 47, Utrecht", 40);
}

/// <param name="MyRegistration"><c>seat</c>, <c>waiting</c> (with <see cref="MyWaitingPosition"/>), or absent.</param>
public sealed record KnowledgeMeetingResponse(
    Guid Id, string Title, string StartsAt, string EndsAt, DateTimeOffset StartsAtUtc, string Place, int Capacity, int Seated, int Waiting,
    string? MyRegistration, int? MyWaitingPosition) : IExample<KnowledgeMeetingResponse>
{
    public static KnowledgeMeetingResponse Example => new(Guid.Parse("0193e5a2-7b8c-7d9e-8f01-2a3b4c5d6e70"), "Samenwerken met migrantenorganisaties: de vier stappen", "2027-03-18T13:30", "2027-03-18T16:30", new DateTimeOffset(2027, 3, 18, 12, 30, 0, TimeSpan.Zero), "Movisie, Catharijnesingel 47, Utrecht", 40, 40, 3, "waiting", 2);

    public static KnowledgeMeetingResponse For(KnowledgeMeeting m, string? subject)
    {
        var mine = subject is null ? null : m.ActiveRegistrations().FirstOrDefault(r => r.Subject == subject);
        var position = mine is null || m.HasSeat(mine) ? (int?)null : m.ActiveRegistrations().Skip(m.Capacity).ToList().IndexOf(mine) + 1;
        return new KnowledgeMeetingResponse(m.Id, m.Title, DutchTime.Format(m.StartsAt), DutchTime.Format(m.EndsAt), m.StartsAt, m.Place,
            m.Capacity, m.Seated, m.Waiting, mine is null ? null : position is null ? "seat" : "waiting", position);
    }
}

/// <summary>An officer's registration as the organiser enters it.</summary>
public sealed record EnteredRegistrationDraft([property: Required] string? Name, [property: Required] string? Email, [property: Required] string? MunicipalityCode) : IExample<EnteredRegistrationDraft>
{
    public static EnteredRegistrationDraft Example => new("Sanne de Vries", "s.devries@amsterdam.example", "GM0363");

    /// <summary>The address as a key only: the same person entered twice is found, the address itself is not kept.</summary>
    public static string SubjectFor(string email) =>
        "entered:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())))[..32];
}

/// <summary>For the organisers: who comes, from which municipality, and who waits.</summary>
public sealed record RegistrationResponse(string Name, string MunicipalityCode, DateTimeOffset RegisteredAt, string Status) : IExample<RegistrationResponse>
{
    public static RegistrationResponse Example => new("Sanne de Vries", "GM0363", new DateTimeOffset(2026, 11, 20, 10, 14, 0, TimeSpan.Zero), "seat");
}
