using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Persistence.Database;
using VanBinnenuit.Registry.Domain;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Registry.Data;

/// <summary>
/// A starting set of communities and one demo leader, for Development only. Presence is given
/// where it is common knowledge, and never with a size: the registry claims no figures it cannot source.
/// </summary>
internal sealed class DevelopmentSeeder : IDatabaseSeeder<RegistryDbContext>
{
    private const string Amsterdam = "GM0363", Rotterdam = "GM0599", TheHague = "GM0518", Utrecht = "GM0344";

    private static readonly CommunityDraft[] Communities =
    [
        Community("Syrisch", ["SY"], ["ar", "ku"], ["human-rights", "religious-sources", "parenting"], Amsterdam, Rotterdam, Utrecht),
        Community("Eritrees", ["ER"], ["ti"], ["religious-sources", "neighbourly-love", "health"], Amsterdam, Rotterdam, TheHague),
        Community("Afghaans", ["AF"], ["prs", "ps"], ["religious-sources", "the-law", "parenting"], Amsterdam, TheHague),
        Community("Iraaks", ["IQ"], ["ar", "ku"], ["human-rights", "the-law"], Amsterdam, Rotterdam),
        Community("Iraans", ["IR"], ["fa"], ["human-rights", "health"], Amsterdam, TheHague),
        Community("Somalisch", ["SO"], ["so"], ["religious-sources", "health", "parenting"], Amsterdam, Rotterdam),
        Community("Turks", ["TR"], ["tr"], ["neighbourly-love", "parenting", "the-law"], Amsterdam, Rotterdam, TheHague, Utrecht),
        Community("Marokkaans", ["MA"], ["ar", "zgh", "ary"], ["religious-sources", "parenting", "the-law"], Amsterdam, Rotterdam, TheHague, Utrecht),
        Community("Oeigoers", ["CN"], ["ug"], ["human-rights", "religious-sources"]),
        Community("Chinees", ["CN", "HK", "TW"], ["zh"], ["health", "parenting"], Amsterdam, Rotterdam),
        Community("Antilliaans", ["CW", "AW", "SX", "BQ"], ["pap", "nl"], ["health", "parenting", "neighbourly-love"], Rotterdam, Amsterdam),
        Community("Surinaams", ["SR"], ["nl", "srn"], ["health", "parenting", "neighbourly-love"], Amsterdam, Rotterdam, TheHague),
    ];

    public async Task SeedAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var known = await db.Communities.IgnoreQueryFilters().Select(c => c.Name).ToListAsync(cancellationToken);
        foreach (var draft in Communities.Where(d => !known.Contains(d.Name!)))
        {
            db.Communities.Add(Domain.Community.Register(draft));
        }
        await db.SaveChangesAsync(cancellationToken);

        var leaderId = Guid.Parse(DemoData.LeaderId);
        if (!await db.Leaders.IgnoreQueryFilters().AnyAsync(l => l.Id == leaderId, cancellationToken))
        {
            var syrian = await db.Communities.IgnoreQueryFilters().Where(c => c.Name == "Syrisch").Select(c => c.Id).SingleAsync(cancellationToken);
            var leader = ConversationLeader.Register(new LeaderDraft("Demo-gespreksleider", "gespreksleider@demo.vanbinnenuit.nl", null,
                [new LanguageDraft("ar", Proficiency.Native), new LanguageDraft("nl", Proficiency.Fluent)],
                [syrian], ["lgbt-acceptance", "gender-equality", "partner-choice"], "woman", Utrecht, [Amsterdam], ["PV26"],
                [new AvailabilityWindow(DayOfWeek.Tuesday, new TimeOnly(18, 30), new TimeOnly(22, 0)),
                 new AvailabilityWindow(DayOfWeek.Saturday, new TimeOnly(10, 0), new TimeOnly(16, 0))],
                [], 6), new Dictionary<string, string> { [Utrecht] = "PV26", [Amsterdam] = "PV27" }, leaderId);
            db.Leaders.Add(leader);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static CommunityDraft Community(string name, string[] countries, string[] languages, string[] routes, params string[] presentIn) =>
        new(name, countries, languages, null, routes, [.. presentIn.Select(code => new PresenceDraft(code, null, null))]);
}
