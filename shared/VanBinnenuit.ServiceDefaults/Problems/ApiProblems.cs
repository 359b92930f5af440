using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace VanBinnenuit.ServiceDefaults.Problems;

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

    public static ProblemDetails ValidationDetails(IReadOnlyCollection<InvalidParam> invalidParams) => new()
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The request has invalid parameters.",
        Type = TypeFor(StatusCodes.Status400BadRequest),
        Detail = string.Join(" ", invalidParams.Select(p => $"{p.Name}: {p.Reason}")),
        Extensions = { [InvalidParamsKey] = invalidParams },
    };

    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "The resource was not found.",
        Type = TypeFor(StatusCodes.Status404NotFound),
        Detail = detail,
    });

    public static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status409Conflict,
        Title = "The request conflicts with what exists.",
        Type = TypeFor(StatusCodes.Status409Conflict),
        Detail = detail,
    });

    /// <summary>422: the request is well-formed but refers to something that does not exist or cannot be done.</summary>
    public static ProblemHttpResult Unprocessable(string detail, IReadOnlyCollection<InvalidParam>? invalidParams = null)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The request cannot be carried out.",
            Type = TypeFor(StatusCodes.Status422UnprocessableEntity),
            Detail = detail,
        };
        if (invalidParams is { Count: > 0 })
        {
            problem.Extensions[InvalidParamsKey] = invalidParams;
        }
        return TypedResults.Problem(problem);
    }

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
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        _ => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
    };
}
