using VanBinnenuit.ApiKit.Auth;

namespace VanBinnenuit.Web.Components.Layout;

/// <summary>Every page a role works in is one click from the menu.</summary>
public static class MenuItems
{
    public sealed record Item(string Path, string Label);

    public static IReadOnlyList<Item> For(Caller caller) => caller.Role switch
    {
        Roles.MunicipalOfficer =>
        [
            new("/", "Start"), new("/adviesaanvragen", "Adviesaanvragen"), new("/adviesaanvragen/nieuw", "Advies aanvragen"),
            new("/bijeenkomsten", "Bijeenkomsten"), new("/resultaten", "Resultaten"), new("/kennisbank", "Kennisbank"),
            new("/kennisbijeenkomsten", "Kennisbijeenkomsten"),
        ],
        Roles.Advisor =>
        [
            new("/", "Start"), new("/adviesaanvragen", "Werkvoorraad"), new("/adviesaanvragen/nieuw", "Aanvraag invoeren"),
            new("/bijeenkomsten", "Bijeenkomsten"), new("/resultaten", "Resultaten"), new("/kennisbank", "Kennisbank"),
        ],
        Roles.Coordinator =>
        [
            new("/", "Start"), new("/adviesaanvragen", "Adviesaanvragen"), new("/bijeenkomsten", "Planning"),
            new("/register", "Register"), new("/resultaten", "Resultaten"), new("/resultaten/dekking", "Dekking"),
            new("/kennisbank", "Kennisbank"), new("/kennisbijeenkomsten", "Kennisbijeenkomsten"),
        ],
        Roles.Leader =>
        [
            new("/", "Start"), new("/mijn-bijeenkomsten", "Mijn bijeenkomsten"), new("/mijn-bijeenkomsten/kalender", "Mijn kalender"),
            new("/mijn-beschikbaarheid", "Mijn beschikbaarheid"),
        ],
        Roles.Administrator =>
        [
            new("/", "Start"), new("/beheer/gebruikers", "Gebruikers"), new("/beheer/clients", "Systemen"),
        ],
        _ => [new("/", "Start")],
    };
}
