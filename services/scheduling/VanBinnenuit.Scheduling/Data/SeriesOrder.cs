using System.Linq.Expressions;
using VanBinnenuit.ReadModels;
using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Data;

/// <summary>
/// The orders a planning list can be read in (<c>sort=community</c>, <c>sort=-firstSession</c>): by the
/// words a coordinator reads (the municipality's, community's and leader's names from the read models),
/// not by codes or ids. Series without the value (no leader yet, no dates yet) come last either way, and
/// the newest series first among equals, so pages never overlap.
/// </summary>
public sealed class SeriesOrder
{
    public const string Default = "-created";

    private readonly Func<IQueryable<MeetingSeries>, SchedulingDbContext, bool, IOrderedQueryable<MeetingSeries>> _apply;
    private readonly bool _descending;

    private SeriesOrder(Func<IQueryable<MeetingSeries>, SchedulingDbContext, bool, IOrderedQueryable<MeetingSeries>> apply, bool descending) =>
        (_apply, _descending) = (apply, descending);

    /// <summary>The keys <c>sort</c> takes, each also with a leading <c>-</c> for the other way round.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["created", "firstSession", "municipality", "community", "audience", "leader", "status"];

    public static bool TryParse(string? text, out SeriesOrder order)
    {
        var value = string.IsNullOrWhiteSpace(text) ? Default : text.Trim();
        var descending = value.StartsWith('-');
        Func<IQueryable<MeetingSeries>, SchedulingDbContext, bool, IOrderedQueryable<MeetingSeries>>? apply = value.TrimStart('-') switch
        {
            "created" => (q, _, d) => d ? q.OrderByDescending(s => s.Id) : q.OrderBy(s => s.Id),
            "firstSession" => (q, _, d) => Nullable(q, s => s.Sessions.Where(x => x.Number == 1).Select(x => x.StartsAt).FirstOrDefault(), d),
            "municipality" => (q, db, d) => Nullable(q, s => db.Set<MunicipalityReference>().Where(m => m.Code == s.MunicipalityCode).Select(m => m.Name).FirstOrDefault(), d),
            "community" => (q, db, d) => Nullable(q, s => db.Set<CommunityReference>().Where(c => c.Id == s.CommunityId).Select(c => c.Name).FirstOrDefault(), d),
            "leader" => (q, db, d) => Nullable(q, s => db.LeaderProfiles.Where(l => l.Id == s.LeaderId).Select(l => l.DisplayName).FirstOrDefault(), d),
            // Stored as English names; ordered as the lists are written (women first; draft → planned → … → cancelled), whatever the language shown.
            "audience" => (q, _, d) => d ? q.OrderByDescending(AudienceRank) : q.OrderBy(AudienceRank),
            "status" => (q, _, d) => d ? q.OrderByDescending(StatusRank) : q.OrderBy(StatusRank),
            _ => null,
        };
        order = new SeriesOrder(apply ?? ((q, _, _) => q.OrderBy(s => s.Id)), descending);
        return apply is not null;
    }

    private static readonly Expression<Func<MeetingSeries, int>> AudienceRank = Rank<Audience>(s => s.Audience);
    private static readonly Expression<Func<MeetingSeries, int>> StatusRank = Rank<SeriesStatus>(s => s.Status);

    public IQueryable<MeetingSeries> Apply(IQueryable<MeetingSeries> series, SchedulingDbContext db) =>
        _apply(series, db, _descending).ThenByDescending(s => s.Id);

    /// <summary><c>CASE</c> over the enum's values in declaration order: the column holds their names, whose order is the alphabet's.</summary>
    private static Expression<Func<MeetingSeries, int>> Rank<TEnum>(Expression<Func<MeetingSeries, TEnum>> value) where TEnum : struct, Enum
    {
        Expression rank = Expression.Constant(int.MaxValue);
        foreach (var (item, index) in Enum.GetValues<TEnum>().Select((v, i) => (v, i)).Reverse())
        {
            rank = Expression.Condition(Expression.Equal(value.Body, Expression.Constant(item)), Expression.Constant(index), rank);
        }
        return Expression.Lambda<Func<MeetingSeries, int>>(rank, value.Parameters);
    }

    /// <summary>Ordered by <paramref name="key"/>, the series without one last whichever way.</summary>
    private static IOrderedQueryable<MeetingSeries> Nullable<T>(IQueryable<MeetingSeries> series, Expression<Func<MeetingSeries, T>> key, bool descending)
    {
        var missing = Expression.Lambda<Func<MeetingSeries, bool>>(Expression.Equal(key.Body, Expression.Constant(null, typeof(T))), key.Parameters);
        var ordered = series.OrderBy(missing);
        return descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
    }
}
