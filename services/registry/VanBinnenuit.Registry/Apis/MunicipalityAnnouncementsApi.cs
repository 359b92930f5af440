using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Registry.Apis;

/// <summary>
/// Announces municipalities again, so a service whose read model was lost or is new can catch
/// up without reading the registry's database. Consumers treat the event as an upsert.
/// </summary>
public static class MunicipalityAnnouncementsApi
{
    public const int MaxCodes = 400;

    public static IEndpointRouteBuilder MapMunicipalityAnnouncementsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/v1/municipality-announcements").WithTags("Municipalities")
            .RequireAuthorization(Policies.ManageReferenceData)
            .MapPost("", AnnounceMunicipalities)
            .WithName("AnnounceMunicipalities").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    /// <summary>Announce municipalities again</summary>
    /// <remarks>
    /// For coordinators and administrators: publishes the registry's state of the municipalities named (or those of a <c>province</c>) again, so the other services' read models can be rebuilt. Answers 202 with the number announced.
    /// </remarks>
    public static async Task<Results<Accepted<AnnouncementResponse>, ProblemHttpResult>> AnnounceMunicipalities(
        AnnouncementRequest request, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var invalid = new List<InvalidParam>();
        string? province = null;
        if (request.Province is not null && !CbsCodes.TryParseProvince(request.Province, out province))
        {
            invalid.Add(new InvalidParam("province", "Must be a CBS province code such as PV27."));
        }
        var codes = new List<string>();
        if (request.Codes is { Count: > MaxCodes })
        {
            invalid.Add(new InvalidParam("codes", $"At most {MaxCodes} codes at once."));
        }
        else
        {
            foreach (var (value, index) in (request.Codes ?? []).Select((c, i) => (c, i)))
            {
                if (CbsCodes.TryParseMunicipality(value, out var code))
                {
                    codes.Add(code);
                }
                else
                {
                    invalid.Add(new InvalidParam($"codes[{index}]", "Must be a CBS municipality code such as GM0363."));
                }
            }
        }
        if (invalid.Count > 0)
        {
            return ApiProblems.Validation(invalid);
        }

        if (codes.Count > 0)
        {
            var known = await db.Municipalities.Where(m => codes.Contains(m.Code)).Select(m => m.Code).ToListAsync(cancellationToken);
            var unknown = codes.Except(known).ToList();
            if (unknown.Count > 0)
            {
                return ApiProblems.Unprocessable(
                    $"No municipality has the code {string.Join(", ", unknown)}.",
                    unknown.Select(code => new InvalidParam($"codes[{codes.IndexOf(code)}]", $"{code} is not a registered municipality.")).ToList());
            }
        }

        var selected = db.Municipalities.AsQueryable();
        if (codes.Count > 0)
        {
            selected = selected.Where(m => codes.Contains(m.Code));
        }
        if (province is not null)
        {
            selected = selected.Where(m => m.ProvinceCode == province);
        }
        var municipalities = await selected.OrderBy(m => m.Code).ToListAsync(cancellationToken);

        foreach (var municipality in municipalities)
        {
            municipality.AnnounceAgain();
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null, new AnnouncementResponse(municipalities.Count));
    }
}

/// <summary>Which municipalities to announce: the codes given, those of a province, or (both empty) all.</summary>
public sealed record AnnouncementRequest(IReadOnlyList<string>? Codes, string? Province) : IExample<AnnouncementRequest>
{
    public static AnnouncementRequest Example => new(null, "PV27");
}

public sealed record AnnouncementResponse(int Announced) : IExample<AnnouncementResponse>
{
    public static AnnouncementResponse Example => new(44);
}
