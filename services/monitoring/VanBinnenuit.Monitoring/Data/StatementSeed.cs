using VanBinnenuit.Monitoring.Domain;

namespace VanBinnenuit.Monitoring.Data;

/// <summary>
/// The statements a fresh database starts with: the four themes the issue names, worded plainly.
/// Coordinators reword them or add others; written by the migration so every environment starts alike.
/// </summary>
public static class StatementSeed
{
    public static readonly Statement[] Statements =
    [
        New(1, "partner-choice", "Iedereen mag zelf kiezen met wie hij of zij trouwt of een relatie heeft."),
        New(2, "gender-equality", "Vrouwen en mannen zijn gelijkwaardig."),
        New(3, "lgbt-acceptance", "Lesbische, homoseksuele, biseksuele en transgender mensen horen er gewoon bij."),
        New(4, "speaking-up-about-violence", "Als er geweld is in een gezin, is het goed om erover te praten en hulp te zoeken."),
    ];

    private static Statement New(int order, string code, string text) => new()
    {
        Id = Guid.Parse($"01930000-0000-7000-8000-0000000051{order:x2}"),
        Code = code,
        Text = text,
        Order = order,
        Active = true,
    };
}
