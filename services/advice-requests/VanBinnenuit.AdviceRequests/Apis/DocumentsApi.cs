using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.AdviceRequests.Domain;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.AdviceRequests.Apis;

public sealed record DocumentResponse(Guid Id, string FileName, string ContentType, long Size, string AddedBy, string? AddedByName, string AddedByRole, DateTimeOffset AddedAt) : IExample<DocumentResponse>
{
    public static DocumentResponse Example => new(Examples.Document, "beleidsnotitie.pdf", "application/pdf", 184_320, Examples.Officer, Examples.OfficerName, "municipal-officer", Examples.SubmittedAt.AddMinutes(5));

    public static DocumentResponse For(RequestDocument d, AccountNames names) =>
        new(d.Id, d.FileName, d.ContentType, d.Size, d.AddedBy, names.Of(d.AddedBy), d.AddedByRole, d.AddedAt);
}

/// <summary>
/// Documents on a request (a policy note, a list of local organisations), under the request's own
/// access rules. The kind is read from the bytes; downloads are attachments that browsers do not sniff.
/// </summary>
public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/advice-requests/{id:guid}/documents").WithTags("Advice requests").RequireAuthorization(Policies.FollowAdviceRequests);
        api.MapGet("", ListDocuments).WithName("ListAdviceRequestDocuments");
        // Bearer tokens, not cookies, authenticate uploads, so there is no cross-site form to forge.
        api.MapPost("", AddDocument).WithName("AddAdviceRequestDocument").ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType).DisableAntiforgery()
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // The handler reads the form itself (to limit and sniff it); the document says what it expects.
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "One file in the form field file: a PDF, ODT, DOCX or plain-text document, the kind read from its content.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["multipart/form-data"] = new()
                        {
                            Schema = new OpenApiSchema
                            {
                                Type = JsonSchemaType.Object,
                                Required = new HashSet<string> { "file" },
                                Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                            },
                        },
                    },
                };
                return Task.CompletedTask;
            });
        api.MapGet("/{documentId:guid}", DownloadDocument).WithName("DownloadAdviceRequestDocument");
        api.MapDelete("/{documentId:guid}", RemoveDocument).WithName("RemoveAdviceRequestDocument");
        return app;
    }

    /// <summary>List an advice request's documents</summary>
    /// <remarks>
    /// Name, kind, size, who added it and when, without the content. For those handling the request and its municipality.
    /// </remarks>
    public static async Task<Results<Ok<List<DocumentResponse>>, ProblemHttpResult>> ListDocuments(
        Guid id, AdviceRequestsDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        var (request, problem) = await Requests.FindAsync(db, id, cancellationToken);
        if (request is null)
        {
            return problem!;
        }
        if (!CaseAccess.MayContribute(caller, request))
        {
            return Requests.Forbidden("The documents of a request are for its handlers and its municipality.");
        }
        // Without the bytes: a list of ten 10 MB files stays small.
        var documents = await db.Documents.Where(d => d.AdviceRequestId == id).OrderBy(d => d.AddedAt)
            .Select(d => new DocumentResponse(d.Id, d.FileName, d.ContentType, d.Size, d.AddedBy, null, d.AddedByRole, d.AddedAt))
            .ToListAsync(cancellationToken);
        var names = await AccountNames.ForAsync(db, documents.Select(d => d.AddedBy), cancellationToken);
        return TypedResults.Ok(documents.Select(d => d with { AddedByName = names.Of(d.AddedBy) }).ToList());
    }

    /// <summary>Add a document to an advice request</summary>
    /// <remarks>
    /// One file as multipart/form-data in the field <c>file</c>: a PDF, ODT, DOCX or plain-text document (the kind is read from the content, not the name; 415 otherwise), at most the configured size (413 beyond it). The file name is made safe; the addition is kept in the audit trail.
    /// </remarks>
    public static async Task<Results<Created<DocumentResponse>, ProblemHttpResult>> AddDocument(
        Guid id, HttpRequest http, AdviceRequestsDbContext db, Caller caller, IOptions<DocumentRules> rules, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, problem) = await Requests.FindAsync(db, id, cancellationToken, tracked: true);
        if (request is null)
        {
            return problem!;
        }
        if (!CaseAccess.MayContribute(caller, request))
        {
            return Requests.Forbidden("This request is assigned to another advisor.");
        }
        var (file, refused) = await ReadFileAsync(http, rules.Value.MaxBytes, cancellationToken);
        if (file is null)
        {
            return refused!;
        }
        var contentType = DocumentKinds.Detect(file.Value.Content);
        if (contentType is null)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "The file is not a PDF, ODT, DOCX or plain-text document.",
                "The kind is read from the file's content, not its name; convert the file to one of these kinds.");
        }
        var document = new RequestDocument
        {
            AdviceRequestId = id,
            FileName = DocumentKinds.SafeFileName(file.Value.Name, contentType),
            ContentType = contentType,
            Size = file.Value.Content.Length,
            AddedBy = caller.Subject ?? "",
            AddedByRole = caller.Role ?? "",
            AddedAt = clock.GetUtcNow(),
            Content = file.Value.Content,
        };
        db.Documents.Add(document);
        request.Record("add-document", document.AddedBy, document.AddedAt, document.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/v1/advice-requests/{id}/documents/{document.Id}",
            DocumentResponse.For(document, await AccountNames.ForAsync(db, [document.AddedBy], cancellationToken)));
    }

    /// <summary>The one file of a multipart upload, or the problem: 415 for another body, 413 over the limit, 400 without a file.</summary>
    private static async Task<((string Name, byte[] Content)? File, ProblemHttpResult? Problem)> ReadFileAsync(HttpRequest http, long maxBytes, CancellationToken cancellationToken)
    {
        if (!http.HasFormContentType)
        {
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Send the document as multipart/form-data.", "Put the file in a form field named file."));
        }
        var tooLarge = Problem(StatusCodes.Status413PayloadTooLarge, "The document is too large.", $"A document may be at most {maxBytes / (1024 * 1024.0):0.#} MB ({maxBytes} bytes).");
        // Room for the multipart framing around the file.
        var limit = maxBytes + (64 * 1024);
        if (http.ContentLength > limit)
        {
            return (null, tooLarge);
        }
        if (http.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
        IFormCollection form;
        try
        {
            form = await http.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, e is BadHttpRequestException { StatusCode: 413 } ? tooLarge
                : ApiProblems.Validation(new InvalidParam("file", "The multipart body could not be read.")));
        }
        if (form.Files.Count != 1 || form.Files[0] is not { Name: "file" } file)
        {
            return (null, ApiProblems.Validation(new InvalidParam("file", "Send exactly one file, in a form field named file.")));
        }
        if (file.Length > maxBytes)
        {
            return (null, tooLarge);
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return ((file.FileName, buffer.ToArray()), null);
    }

    /// <summary>Download a document</summary>
    /// <remarks>
    /// The document as an attachment, never shown inline, for those handling the request and its municipality.
    /// </remarks>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadDocument(
        Guid id, Guid documentId, AdviceRequestsDbContext db, Caller caller, HttpResponse response, CancellationToken cancellationToken)
    {
        var (request, problem) = await Requests.FindAsync(db, id, cancellationToken);
        if (request is null)
        {
            return problem!;
        }
        if (!CaseAccess.MayContribute(caller, request))
        {
            return Requests.Forbidden("The documents of a request are for its handlers and its municipality.");
        }
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.AdviceRequestId == id, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound($"Request {id} has no document {documentId}.");
        }
        // Never rendered in the gateway's origin: a download, not sniffed, and sandboxed should a browser open it anyway.
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(document.Content, document.ContentType, document.FileName);
    }

    /// <summary>Remove a document</summary>
    /// <remarks>
    /// Whoever added a document may take it away again, as may those handling the request. The removal is kept in the audit trail.
    /// </remarks>
    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveDocument(
        Guid id, Guid documentId, AdviceRequestsDbContext db, Caller caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, problem) = await Requests.FindAsync(db, id, cancellationToken, tracked: true);
        if (request is null)
        {
            return problem!;
        }
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == documentId && d.AdviceRequestId == id, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound($"Request {id} has no document {documentId}.");
        }
        if (!CaseAccess.MayHandle(caller, request) && document.AddedBy != caller.Subject)
        {
            return Requests.Forbidden("A document is removed by whoever added it or by those handling the request.");
        }
        db.Documents.Remove(document);
        request.Record("remove-document", caller.Subject ?? "", clock.GetUtcNow(), document.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(ApiProblems.Details(status, title, detail));
}
