using Microsoft.Extensions.Options;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.Gateway.Extensions;

public static class RequestSizeLimit
{
    /// <summary>
    /// Refuses a declared body over the limit with 413 problem+json before anything is forwarded;
    /// Kestrel's own limit (set to the same size) stops chunked bodies that grow past it.
    /// </summary>
    public static WebApplication UseRequestSizeLimit(this WebApplication app)
    {
        var limit = app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value.MaxRequestBodyBytes;
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = ApiProblems.Details(StatusCodes.Status413PayloadTooLarge,
                        "The request body is too large.", $"At most {limit} bytes are accepted."),
                });
                return;
            }
            await next(context);
        });
        return app;
    }
}
