using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace VanBinnenuit.ApiKit.Problems;

/// <summary>
/// The one place where problem+json bodies (RFC 9457) are shaped, so every service answers
/// errors alike: <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>, <c>instance</c> and,
/// for validation errors, <c>invalidParams</c>.
/// </summary>
public static class ApiProblems
{
    public const string InvalidParamsKey = "invalidParams";

    public static ProblemHttpResult Validation(params InvalidParam[] invalidParams) =>
        Validation((IReadOnlyCollection<InvalidParam>)invalidParams);

    public static ProblemHttpResult Validation(IReadOnlyCollection<InvalidParam> invalidParams) =>
        TypedResults.Problem(ValidationDetails(invalidParams));

    public static ProblemDetails ValidationDetails(IReadOnlyCollection<InvalidParam> invalidParams)
    {
        var problem = Details(StatusCodes.Status400BadRequest, TitleFor(400),
            string.Join(" ", invalidParams.Select(p => $"{p.Name}: {p.Reason}")));
        problem.Extensions[InvalidParamsKey] = invalidParams;
        return problem;
    }

    /// <summary>A problem of any status, with the matching <c>type</c>; for middleware that writes its own answers.</summary>
    public static ProblemDetails Details(int status, string title, string? detail = null) => new()
    {
        Status = status,
        Title = title,
        Type = TypeFor(status),
        Detail = detail,
    };

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(Details(StatusCodes.Status404NotFound, TitleFor(404), detail));

    /// <summary>403 for a caller whose role may use the endpoint but not on this resource (another's request, calendar, session).</summary>
    public static ProblemHttpResult Forbidden(string title, string? detail = null) =>
        TypedResults.Problem(Details(StatusCodes.Status403Forbidden, title, detail));

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(Details(StatusCodes.Status409Conflict, TitleFor(409), detail));

    /// <summary>412: the <c>If-Match</c> names a version that is no longer the current one.</summary>
    public static ProblemHttpResult PreconditionFailed(string detail) =>
        TypedResults.Problem(Details(StatusCodes.Status412PreconditionFailed, TitleFor(412), detail));

    /// <summary>428: an update without <c>If-Match</c> could overwrite someone else's change unseen.</summary>
    public static ProblemHttpResult PreconditionRequired() =>
        TypedResults.Problem(Details(StatusCodes.Status428PreconditionRequired, TitleFor(428),
            "Send the ETag of the version you read as If-Match, so a change made since is not overwritten."));

    /// <summary>422: the request is well-formed but refers to something that does not exist or cannot be done.</summary>
    public static ProblemHttpResult Unprocessable(string detail, IReadOnlyCollection<InvalidParam>? invalidParams = null)
    {
        var problem = Details(StatusCodes.Status422UnprocessableEntity, TitleFor(422), detail);
        if (invalidParams is { Count: > 0 })
        {
            problem.Extensions[InvalidParamsKey] = invalidParams;
        }
        return TypedResults.Problem(problem);
    }

    /// <summary>The problem's title for a status, the same at every occurrence (the detail says what happened this time).</summary>
    public static string TitleFor(int status) => status switch
    {
        400 => "The request has invalid parameters.",
        401 => "Unauthorized",
        403 => "You may not do this.",
        404 => "The resource was not found.",
        409 => "The request conflicts with what exists.",
        412 => "The resource has changed since it was read.",
        422 => "The request cannot be carried out.",
        428 => "An If-Match header is required.",
        429 => "Too many requests.",
        503 => "The service is unavailable for a moment.",
        504 => "The service did not answer in time.",
        _ => "The request could not be carried out.",
    };

    /// <summary>A link to the RFC section that defines the status, as the default ProblemDetails service does.</summary>
    public static string TypeFor(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        412 => "https://tools.ietf.org/html/rfc9110#section-15.5.13",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        422 => "https://tools.ietf.org/html/rfc9110#section-15.5.21",
        428 => "https://tools.ietf.org/html/rfc6585#section-3",
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        504 => "https://tools.ietf.org/html/rfc9110#section-15.6.5",
        _ => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
    };
}
