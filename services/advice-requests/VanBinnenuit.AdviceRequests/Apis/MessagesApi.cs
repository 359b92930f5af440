using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.AdviceRequests.Domain;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.AdviceRequests.Apis;

public sealed record MessageResponse(Guid Id, DateTimeOffset At, string AuthorId, string? AuthorName, string AuthorRole, bool Internal, string Text) : IExample<MessageResponse>
{
    public static MessageResponse Example => new(Examples.Message, Examples.SubmittedAt.AddDays(2), Examples.Advisor, Examples.AdvisorName, "advisor", false, "Kunnen we volgende week bellen over de planning?");

    public static MessageResponse For(RequestMessage m, AccountNames names) => new(m.Id, m.At, m.AuthorId, names.Of(m.AuthorId), m.AuthorRole, m.Internal, m.Text);
}

/// <summary>
/// Messages between the municipality and the alliance on a request, and the alliance's internal
/// notes. A municipal officer never sees an internal note (the query filter leaves them out), nor does
/// an advisor of another advisor's request.
/// </summary>
public static class MessagesApi
{
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/advice-requests/{id:guid}/messages").WithTags("Advice requests").RequireAuthorization(Policies.FollowAdviceRequests);
        api.MapGet("", ListMessages).WithName("ListAdviceRequestMessages");
        api.MapPost("", PostMessage).WithName("PostAdviceRequestMessage");
        return app;
    }

    /// <summary>List an advice request's messages</summary>
    /// <remarks>
    /// The conversation between the municipality and the alliance in order. Internal notes of the alliance are left out for the municipality.
    /// </remarks>
    public static async Task<Results<Ok<List<MessageResponse>>, ProblemHttpResult>> ListMessages(
        Guid id, AdviceRequestsDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        var (request, problem) = await Requests.FindAsync(db, id, cancellationToken);
        if (request is null)
        {
            return problem!;
        }
        var internalNotes = CaseAccess.ReadsInternalNotes(caller, request);
        var messages = await db.Messages.AsNoTracking().Where(m => m.AdviceRequestId == id && (internalNotes || !m.Internal))
            .OrderBy(m => m.At).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var names = await AccountNames.ForAsync(db, messages.Select(m => m.AuthorId), cancellationToken);
        return TypedResults.Ok(messages.Select(m => MessageResponse.For(m, names)).ToList());
    }

    /// <summary>Write a message on an advice request</summary>
    /// <remarks>
    /// A message to the other side, or (for advisors and coordinators) an internal note with <c>internal: true</c>. For those handling the request and its municipality.
    /// </remarks>
    public static async Task<Results<Created<MessageResponse>, ProblemHttpResult>> PostMessage(
        Guid id, MessageDraft draft, AdviceRequestsDbContext db, Caller caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var message = draft.Normalise(validation);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var (request, problem) = await Requests.FindAsync(db, id, cancellationToken);
        if (request is null)
        {
            return problem!;
        }
        if (!CaseAccess.MayContribute(caller, request))
        {
            return Requests.Forbidden("This request is assigned to another advisor.");
        }
        if (message.Internal == true && caller.Role == Roles.MunicipalOfficer)
        {
            return Requests.Forbidden("Internal notes are the alliance's own; a municipality writes messages (internal: false).");
        }
        var stored = new RequestMessage
        {
            AdviceRequestId = id,
            At = clock.GetUtcNow(),
            AuthorId = caller.Subject ?? "",
            AuthorRole = caller.Role ?? "",
            Internal = message.Internal == true,
            Text = message.Text!,
        };
        db.Messages.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/v1/advice-requests/{id}/messages/{stored.Id}", MessageResponse.For(stored, await AccountNames.ForAsync(db, [stored.AuthorId], cancellationToken)));
    }
}
