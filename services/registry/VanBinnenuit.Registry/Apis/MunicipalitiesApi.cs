using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Paging;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Persistence.Paging;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Registry.Domain;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Registry.Apis;

public static class MunicipalitiesApi
{
    public static IEndpointRouteBuilder MapMunicipalitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/municipalities").WithTags("Municipalities").RequireAuthorization(Policies.ReadProgrammeData);
        api.MapGet("", ListMunicipalities).WithName("ListMunicipalities");
        api.MapGet("/{code}", GetMunicipality).WithName("GetMunicipality");
        return app;
    }

    /// <summary>List the municipalities</summary>
    /// <remarks>
    /// The CBS municipalities, those merged away included, by <c>name</c> (part of it) and <c>province</c> (CBS code such as <c>PV27</c>). Paged with <c>page</c> and <c>pageSize</c>; the <c>Link</c> header and the body name the next and previous pages.
    /// </remarks>
    public static async Task<Results<Ok<PagedList<MunicipalityResponse>>, ProblemHttpResult>> ListMunicipalities(
        [AsParameters] MunicipalityQuery query, RegistryDbContext db, HttpRequest http, CancellationToken cancellationToken)
    {
        var paging = new PageRequest(query.Page, query.PageSize);
        var invalid = paging.Validate().ToList();
        string? province = null;
        if (query.Province is not null && !CbsCodes.TryParseProvince(query.Province, out province))
        {
            invalid.Add(new InvalidParam("province", "Must be a CBS province code such as PV27."));
        }
        if (query.Name is { Length: > TextSearch.MaxLength })
        {
            invalid.Add(new InvalidParam("name", $"Must be at most {TextSearch.MaxLength} characters."));
        }
        if (invalid.Count > 0)
        {
            return ApiProblems.Validation(invalid);
        }

        var municipalities = db.Municipalities.AsNoTracking();
        if (province is not null)
        {
            municipalities = municipalities.Where(m => m.ProvinceCode == province);
        }
        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            municipalities = municipalities.Where(m => EF.Functions.ILike(m.Name, TextSearch.Contains(query.Name), TextSearch.Escape));
        }

        return TypedResults.Ok(await municipalities
            .OrderBy(m => m.Code)
            .Select(MunicipalityResponse.Projection)
            .ToPagedListAsync(paging, http, cancellationToken));
    }

    /// <summary>Read a municipality</summary>
    /// <remarks>
    /// By its CBS code (<c>GM0363</c>), including municipalities merged away, with the dates it was valid.
    /// </remarks>
    public static async Task<Results<Ok<MunicipalityResponse>, ProblemHttpResult>> GetMunicipality(
        string code, RegistryDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!CbsCodes.TryParseMunicipality(code, out var canonical))
        {
            return ApiProblems.Validation(new InvalidParam("code", "Must be a CBS municipality code: GM followed by four digits, such as GM0363."));
        }
        var municipality = await db.Municipalities.AsNoTracking()
            .Where(m => m.Code == canonical)
            .Select(MunicipalityResponse.Projection)
            .SingleOrDefaultAsync(cancellationToken);
        if (municipality is null)
        {
            return ApiProblems.NotFound($"No municipality has the code {canonical}.");
        }
        response.Tag(municipality.Version);
        return TypedResults.Ok(municipality);
    }
}

public sealed record MunicipalityQuery(int? Page, int? PageSize, string? Province, string? Name);

public sealed record MunicipalityResponse(
    string Code, string Name, string ProvinceCode, string ProvinceName, DateOnly? ValidFrom, DateOnly? ValidTo, IReadOnlyList<string> SuccessorCodes,
    [property: System.Text.Json.Serialization.JsonIgnore] uint Version) : IExample<MunicipalityResponse>
{
    public static MunicipalityResponse Example => new("GM0363", "Amsterdam", "PV27", "Noord-Holland", null, null, [], 1);

    public static readonly System.Linq.Expressions.Expression<Func<Municipality, MunicipalityResponse>> Projection = m =>
        new MunicipalityResponse(m.Code, m.Name, m.ProvinceCode, m.ProvinceName, m.ValidFrom, m.ValidTo, m.SuccessorCodes, m.Version);

    private static readonly Func<Municipality, MunicipalityResponse> Compiled = Projection.Compile();

    public static MunicipalityResponse From(Municipality municipality) => Compiled(municipality);
}
