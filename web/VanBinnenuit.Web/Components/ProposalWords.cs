using System.Text.RegularExpressions;

namespace VanBinnenuit.Web.Components;

/// <summary>Scheduling's reasons for a leader proposal, written for developers in English, as coordinators read them.</summary>
public static class ProposalWords
{
    public static string Part(string part) => part switch
    {
        "language" => "Taal",
        "community" => "Gemeenschap",
        "topics" => "Thema's",
        "gender" => "Doelgroep",
        "region" => "Regio",
        "load" => "Belasting",
        "availability" => "Beschikbaarheid",
        _ => part,
    };

    private static readonly (Regex Pattern, string Dutch)[] Explanations =
    [
        (new("^serves this community$"), "werkt met deze gemeenschap"),
        (new("^chosen for another community$"), "werkt met een andere gemeenschap"),
        (new("^trained on (.*)$"), "getraind op $1"),
        (new(@"^(\d+) other sessions in the months of this series, cap (\d+) a month$"), "$1 andere bijeenkomsten in de maanden van deze reeks, maximaal $2 per maand"),
        (new("^available for every session$"), "beschikbaar voor elke bijeenkomst"),
        (new("^no dates planned yet$"), "nog geen data gepland"),
        (new("^a woman leading a women's group$"), "een vrouw voor een vrouwengroep"),
        (new("^a women's group is best led by a woman$"), "een vrouwengroep wordt bij voorkeur door een vrouw geleid"),
        (new("^a man leading a men's group$"), "een man voor een mannengroep"),
        (new("^a men's group is best led by a man$"), "een mannengroep wordt bij voorkeur door een man geleid"),
        (new("^the audience asks for no particular gender$"), "de doelgroep vraagt geen bepaald gender"),
        (new("^lives in the municipality$"), "woont in de gemeente"),
        (new("^travels to the municipality$"), "reist naar de gemeente"),
        (new("^travels within the province$"), "reist binnen de provincie"),
        (new("^lives in the same province$"), "woont in dezelfde provincie"),
        (new("^lives and travels elsewhere$"), "woont en reist elders"),
    ];

    public static string Explanation(string text) =>
        Explanations.FirstOrDefault(e => e.Pattern.IsMatch(text)) is { Pattern: not null } known ? known.Pattern.Replace(text, known.Dutch) : text;

    public static string Rule(string rule) => rule switch
    {
        "active" => "niet actief",
        "language" => "spreekt de talen niet",
        "topic" => "niet getraind op de thema's",
        "community" => "werkt niet met deze gemeenschap",
        "availability" => "niet beschikbaar",
        "absence" => "afwezig",
        "monthly-load" => "maandmaximum bereikt",
        "travel-buffer" => "te kort na een andere bijeenkomst",
        "double-booking" => "al ingepland",
        _ => rule,
    };
}
