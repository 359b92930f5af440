namespace VanBinnenuit.Registry.Domain;

/// <summary>
/// The catalogues the registry starts with, taken from the programme's own descriptions of its
/// themes and of the approach routes ("aanvliegroutes") per community. Coordinators extend them.
/// </summary>
public static class StartingCatalogues
{
    public static readonly IReadOnlyList<CatalogueEntry> Entries =
    [
        Topic("lgbt-acceptance", "Acceptatie van lhbti+-personen"),
        Topic("domestic-violence", "Huiselijk geweld"),
        Topic("honour-related-violence", "Eergerelateerd geweld"),
        Topic("gender-equality", "Gelijkwaardigheid van vrouwen en mannen"),
        Topic("partner-choice", "Partnerkeuze, huwelijk en scheiding"),
        Topic("clothing", "Kledingkeuze"),
        Topic("education-choice", "Keuze van opleiding"),
        Topic("breaking-taboos", "Taboes doorbreken"),
        Topic("parenting", "Opvoeding"),
        Route("human-rights", "Mensenrechten"),
        Route("neighbourly-love", "Naastenliefde en barmhartigheid"),
        Route("religious-sources", "Religieuze bronnen"),
        Route("health", "Gezondheid"),
        Route("parenting", "Opvoeding"),
        Route("the-law", "De wet"),
    ];

    private static CatalogueEntry Topic(string code, string name) => new() { Catalogue = Catalogue.Topic, Code = code, Name = name };

    private static CatalogueEntry Route(string code, string name) => new() { Catalogue = Catalogue.ApproachRoute, Code = code, Name = name };
}
