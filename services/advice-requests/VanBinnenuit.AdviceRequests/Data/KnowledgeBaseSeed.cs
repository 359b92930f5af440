using VanBinnenuit.AdviceRequests.Domain;

namespace VanBinnenuit.AdviceRequests.Data;

/// <summary>
/// The knowledge base as a fresh database starts: the frame of the guide (four steps, three roles)
/// and room for pitfalls and good examples, every text a marked placeholder for the alliance to
/// fill in. Written by the migration, so every environment starts alike.
/// </summary>
public static class KnowledgeBaseSeed
{
    private const string Placeholder =
        "[Plaatshouder] Deze tekst vult de alliantie in vanuit de handreiking 'Advies op maat' van Verandering van Binnenuit. " +
        "Er staat hier nog geen inhoud van de handreiking; citeer deze tekst niet.";

    public static readonly KnowledgeEntry[] Placeholders =
    [
        .. Enumerable.Range(1, 4).Select(n => Entry(n, KnowledgeKind.Step, n, $"Stap {n} van de aanpak [plaatshouder]")),
        Entry(5, KnowledgeKind.Role, 1, "De rol van de gemeente [plaatshouder]"),
        Entry(6, KnowledgeKind.Role, 2, "De rol van professionele instellingen [plaatshouder]"),
        Entry(7, KnowledgeKind.Role, 3, "De rol van migranten- en vluchtelingenorganisaties [plaatshouder]"),
        Entry(8, KnowledgeKind.Pitfall, 1, "Valkuil 1 [plaatshouder]"),
        Entry(9, KnowledgeKind.Pitfall, 2, "Valkuil 2 [plaatshouder]"),
        Entry(10, KnowledgeKind.GoodExample, 1, "Goed voorbeeld 1 [plaatshouder]"),
        Entry(11, KnowledgeKind.GoodExample, 2, "Goed voorbeeld 2 [plaatshouder]"),
    ];

    private static KnowledgeEntry Entry(int seed, KnowledgeKind kind, int number, string title) => new()
    {
        Id = Guid.Parse($"01930000-0000-7000-8000-00000000b{seed:x3}"),
        Kind = kind,
        Number = number,
        Title = title,
        Body = Placeholder,
        IsPlaceholder = true,
    };
}
