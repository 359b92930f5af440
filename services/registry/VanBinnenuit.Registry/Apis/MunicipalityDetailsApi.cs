using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Persistence.Concurrency;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Registry.Domain;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Registry.Apis;

/// <summary>What coordinators keep about a municipality beyond the CBS list: validity, successors and contact persons.</summary>
public static class MunicipalityDetailsApi
{
    public static IEndpointRouteBuilder MapMunicipalityDetailsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/municipalities/{code}").WithTags("Municipalities");
        api.MapPut("/validity", UpdateValidity).WithName("UpdateMunicipalityValidity").RequiresIfMatch().ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.ManageRegistry);
        api.MapGet("/contact-persons", GetContactPersons).WithName("GetMunicipalityContactPersons")
            .RequireAuthorization(Policies.ReadContactPersons);
        api.MapPut("/contact-persons", UpdateContactPersons).WithName("UpdateMunicipalityContactPersons").RequiresIfMatch().RequireAuthorization(Policies.ManageRegistry);
        return app;
    }

    /// <summary>Set the dates a municipality is valid</summary>
    /// <remarks>
    /// For coordinators and administrators, when CBS announces a merger: the first and last day it exists and the codes that succeed it. Send the <c>ETag</c> you read as <c>If-Match</c>; a change someone else saved first is refused with 412, a missing <c>If-Match</c> with 428.
    /// </remarks>
    public static async Task<Results<Ok<MunicipalityResponse>, ProblemHttpResult>> UpdateValidity(
        string code, ValidityDraft draft, RegistryDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var (municipality, problem) = await FindForUpdateAsync(code, db, http.Request, cancellationToken);
        if (municipality is null)
        {
            return problem!;
        }
        var validation = new Validation();
        var checkedDraft = draft.Normalise(validation, municipality.Code);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var unknown = (await ReferenceCheck.ForAsync(db, checkedDraft.SuccessorCodes!, [], cancellationToken)).Municipalities("successorCodes", checkedDraft.SuccessorCodes!).ToList();
        if (unknown.Count > 0)
        {
            return ApiProblems.Unprocessable("A successor is not a current municipality.", unknown);
        }
        municipality.ChangeValidity(checkedDraft.ValidFrom, checkedDraft.ValidTo, checkedDraft.SuccessorCodes!);
        return await db.SaveOrPreconditionFailedAsync(municipality, m => m.Version, http.Response, MunicipalityResponse.From, cancellationToken);
    }

    /// <summary>Read a municipality's contact persons</summary>
    /// <remarks>
    /// The officers the alliance deals with in a municipality, with name, role, email and telephone: for coordinators and advisors.
    /// </remarks>
    public static async Task<Results<Ok<ContactPersonsResponse>, ProblemHttpResult>> GetContactPersons(
        string code, RegistryDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!CbsCodes.TryParseMunicipality(code, out var canonical))
        {
            return ApiProblems.Validation(new InvalidParam("code", "Must be a CBS municipality code such as GM0363."));
        }
        var municipality = await db.Municipalities.AsNoTracking().SingleOrDefaultAsync(m => m.Code == canonical, cancellationToken);
        if (municipality is null)
        {
            return ApiProblems.NotFound($"No municipality has the code {canonical}.");
        }
        response.Tag(municipality.Version);
        return TypedResults.Ok(ContactPersonsResponse.From(municipality));
    }

    /// <summary>Replace a municipality's contact persons</summary>
    /// <remarks>
    /// For coordinators. The list sent is the whole list. Send the <c>ETag</c> you read as <c>If-Match</c>; a change someone else saved first is refused with 412, a missing <c>If-Match</c> with 428.
    /// </remarks>
    public static async Task<Results<Ok<ContactPersonsResponse>, ProblemHttpResult>> UpdateContactPersons(
        string code, ContactPersonsDraft draft, RegistryDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var (municipality, problem) = await FindForUpdateAsync(code, db, http.Request, cancellationToken);
        if (municipality is null)
        {
            return problem!;
        }
        var validation = new Validation();
        var contacts = draft.Normalise(validation);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        // Contact persons are personal data and concern no other service, so no event.
        municipality.ContactPersons = contacts;
        return await db.SaveOrPreconditionFailedAsync(municipality, m => m.Version, http.Response, ContactPersonsResponse.From, cancellationToken);
    }

    private static async Task<(Municipality? Municipality, ProblemHttpResult? Problem)> FindForUpdateAsync(
        string code, RegistryDbContext db, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!CbsCodes.TryParseMunicipality(code, out var canonical))
        {
            return (null, ApiProblems.Validation(new InvalidParam("code", "Must be a CBS municipality code such as GM0363.")));
        }
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Code == canonical, cancellationToken);
        if (municipality is null)
        {
            return (null, ApiProblems.NotFound($"No municipality has the code {canonical}."));
        }
        return EntityTags.TryMatch(request, municipality.Version, out var stale) ? (municipality, null) : (null, stale);
    }
}

public sealed record ContactPersonsResponse(string MunicipalityCode, IReadOnlyList<ContactPersonResponse> ContactPersons) : IExample<ContactPersonsResponse>
{
    public static ContactPersonsResponse Example => new("GM0363", [new ContactPersonResponse("Pieter Bakker", "beleidsadviseur diversiteit", "p.bakker@gemeente.example", "020 555 0199")]);

    public static ContactPersonsResponse From(Municipality m) =>
        new(m.Code, [.. m.ContactPersons.Select(c => new ContactPersonResponse(c.Name, c.Role, c.Email, c.Phone))]);
}
