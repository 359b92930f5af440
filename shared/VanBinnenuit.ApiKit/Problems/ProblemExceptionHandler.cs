using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace VanBinnenuit.ApiKit.Problems;

/// <summary>
/// Turns exceptions into problem+json. Binding failures (a query value that is no number, a body
/// that is no JSON) are the client's fault: 400 naming the parameter. A database that cannot be
/// reached (down, restarting, connection lost) is nobody's fault and passes: 503 with Retry-After,
/// so a client waits and tries again. Anything else is a 500 that says nothing about the internals;
/// the exception itself goes to the log, which holds no request data.
/// </summary>
internal sealed partial class ProblemExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        if (exception is BadHttpRequestException badRequest)
        {
            var name = BindingFailure(exception);
            problem = badRequest.StatusCode == StatusCodes.Status400BadRequest && name is not null
                ? ApiProblems.ValidationDetails([new InvalidParam(name, ReasonFor(exception))])
                : ApiProblems.Details(badRequest.StatusCode, "The request could not be processed.", badRequest.Message);
        }
        else if (DatabaseFaults.Unavailable(exception))
        {
            LogDatabaseUnavailable(logger, context.Request.Method, context.GetEndpoint()?.DisplayName, exception.GetType().Name);
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            problem = ApiProblems.Details(StatusCodes.Status503ServiceUnavailable, ApiProblems.TitleFor(StatusCodes.Status503ServiceUnavailable),
                $"The service cannot reach its database right now (down, restarting or busy). Try again in {RetryAfterSeconds} seconds.");
        }
        else
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Route}", context.Request.Method, context.GetEndpoint()?.DisplayName);
            problem = ApiProblems.Details(StatusCodes.Status500InternalServerError, "An unexpected error occurred.");
        }

        context.Response.StatusCode = problem.Status ?? 500;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>How long a client is asked to wait while the database is away: about what a local restart takes.</summary>
    internal const int RetryAfterSeconds = 5;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable for {Method} {Route}: {Fault}; answered 503")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string method, string? route, string fault);

    // Minimal APIs say which parameter failed only in the message: 'Failed to bind parameter "int page" from "x".'
    private static string? BindingFailure(Exception exception)
    {
        var match = ParameterPattern().Match(exception.Message);
        if (!match.Success)
        {
            return null;
        }
        if (exception.InnerException is JsonException { Path: { Length: > 1 } path })
        {
            return path.TrimStart('$', '.');
        }
        // [AsParameters] records bind PascalCase properties from camelCase query names; answer in the client's terms.
        var name = match.Groups["name"].Value;
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string ReasonFor(Exception exception) => exception.InnerException switch
    {
        JsonException => "The request body is not valid JSON for this resource.",
        _ when exception.Message.Contains("required", StringComparison.OrdinalIgnoreCase) => "A value is required.",
        _ => "The value has the wrong format.",
    };

    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[A-Za-z0-9_]+)\"")]
    private static partial Regex ParameterPattern();
}
