namespace VanBinnenuit.DemoProgramme.Generation;

/// <summary>
/// The demo's knowledge base and the words of its advice requests. Written for the demo from what is
/// publicly said of the alliance's approach (personal contact over meetings and e-mail, the
/// organisations' expertise recognised and paid for, an approach route chosen per community); none of
/// it quotes the guide, and every text says where the alliance's own text belongs.
/// </summary>
internal static class DemoKnowledge
{
    public const string Mark = "[Demotekst: geschreven uit wat publiek bekend is over de aanpak. De eigen tekst van de alliantie uit de handreiking hoort hier.]";

    /// <summary>The guide's four steps, in order.</summary>
    public static readonly (string Title, string Body)[] Steps =
    [
        ("Stap 1: Verkennen wie er in uw gemeente wonen",
            "Breng samen met zelforganisaties in kaart welke migranten- en vluchtelingengemeenschappen er zijn, welke talen zij spreken en wie hun sleutelpersonen zijn. Cijfers uit de basisregistratie zeggen weinig over hoe een gemeenschap georganiseerd is; de organisaties zelf weten dat wel."),
        ("Stap 2: Persoonlijk contact en vertrouwen opbouwen",
            "Ga langs bij de organisaties, op hun plek en op hun tijden. Minder vergaderingen en e-mails, meer persoonlijk contact. Vertrouwen groeit door afspraken na te komen en door terug te laten horen wat er met hun inbreng gebeurt."),
        ("Stap 3: Samen de aanpak kiezen",
            "Kies per gemeenschap de ingang die past: religieuze bronnen, de wet, gezondheid, opvoeding, mensenrechten of naastenliefde. Plan een reeks van drie bijeenkomsten met een gespreksleider die de achtergrond van de deelnemers kent, en spreek vooraf af wat u samen wilt bereiken."),
        ("Stap 4: Uitvoeren, volgen en borgen",
            "Houd de bijeenkomsten, volg met de monitoring wat ze opleveren (alleen aantallen, kleine groepen beschermd) en bespreek de uitkomsten met de organisaties. Leg vast hoe de samenwerking na het project doorgaat, met budget voor het werk van de organisaties."),
    ];

    /// <summary>The three roles: municipality, professional institutions, migrant and refugee organisations.</summary>
    public static readonly (string Title, string Body)[] Roles =
    [
        ("De rol van de gemeente",
            "De gemeente maakt ruimte en middelen vrij, erkent de deskundigheid van de organisaties en betaalt voor hun werk zoals voor dat van andere partners. Zij verbindt de aanpak met het beleid voor zelfbeschikking, veiligheid en gezondheid, en zorgt dat afspraken ook na een wisseling van ambtenaren blijven staan."),
        ("De rol van professionele instellingen",
            "Veilig Thuis, de GGD, wijkteams en onderwijs zijn bereikbaar wanneer een gesprek iets losmaakt. Zij leren van de organisaties hoe hulp aansluit bij een gemeenschap, en verwijzen terug wanneer een zelforganisatie beter kan helpen."),
        ("De rol van migranten- en vluchtelingenorganisaties",
            "De organisaties kennen de mensen, de taal en de gevoeligheden. Zij bepalen mee welke onderwerpen en welke ingang passen, dragen gespreksleiders aan en brengen deelnemers samen. Zij zijn partner, geen doelgroep of vrijwilligersleverancier."),
    ];

    public static readonly (string Title, string Body)[] Pitfalls =
    [
        ("Te veel vergaderen en mailen",
            "Organisaties die grotendeels met vrijwilligers werken, haken af bij een reeks overleggen op kantoortijden en lange mails. Een telefoontje of een bezoek werkt beter."),
        ("Eén aanpak voor alle gemeenschappen",
            "Wat in de ene gemeenschap werkt, kan in een andere wantrouwen wekken. Kies de ingang per gemeenschap en vraag de organisaties welke past."),
        ("Inzet van organisaties niet erkennen of betalen",
            "Wie de deskundigheid van organisaties wel vraagt maar hun werk niet vergoedt, verliest hun vertrouwen. Begroot hun uren zoals die van andere partners."),
        ("Alleen de bekende woordvoerders uitnodigen",
            "De vaste gesprekspartners van de gemeente spreken niet altijd voor vrouwen, jongeren of LHBTI+-personen in hun gemeenschap. Vraag wie er nog meer aan tafel hoort."),
        ("Snel resultaat verwachten",
            "Een gesprek over taboes vraagt tijd. Eén bijeenkomst is geen aanpak; een reeks van drie met vervolg wel."),
    ];

    public static readonly (string Title, string Body)[] GoodExamples =
    [
        ("Voorbeeld (fictief): ronde langs de zelforganisaties",
            "Een middelgrote gemeente liet haar beleidsmedewerker drie maanden lang elke week een organisatie bezoeken in plaats van een klankbordgroep te starten. Daarna kwamen de organisaties zelf met voorstellen voor bijeenkomsten."),
        ("Voorbeeld (fictief): vergoeding per bijeenkomst",
            "Een gemeente sprak met de organisaties een vaste vergoeding per bijeenkomst af, ook voor de voorbereiding. De organisaties konden zo vrijwilligers vrijmaken en hielden de reeksen vol."),
        ("Voorbeeld (fictief): de wet als ingang",
            "Voor een gemeenschap waar religieuze ingangen gevoelig lagen, koos een gespreksleider de Nederlandse wet als vertrekpunt. Over partnerkeuze kon daardoor openlijk worden gesproken."),
        ("Voorbeeld (fictief): Veilig Thuis aan tafel bij de derde bijeenkomst",
            "Bij de derde bijeenkomst schoof een medewerker van Veilig Thuis aan om uit te leggen wat er gebeurt na een melding. Deelnemers wisten daarna beter waar ze terechtkonden."),
    ];

    public static readonly string[] AdviceTexts =
    [
        "Begin met een ronde langs de zelforganisaties die u noemt, en laat hen de ingang kiezen. Plan daarna een reeks van drie bijeenkomsten met een gespreksleider uit de gemeenschap.",
        "Uw vraag past bij stap 2 en 3 van de aanpak: investeer eerst in persoonlijk contact en spreek een vergoeding af voor het werk van de organisaties. Daarna kunt u samen een reeks bijeenkomsten plannen.",
        "Betrek naast de organisaties ook Veilig Thuis en de wijkteams, zodat deelnemers na een gesprek ergens terechtkunnen. Kies een ingang die past bij de gemeenschap, bijvoorbeeld gezondheid of opvoeding.",
        "Stem de planning af op de ramadan en de schoolvakanties, en houd de bijeenkomsten op een vertrouwde plek van de organisatie zelf. Leg vooraf vast wat u na de reeks samen gaat doen.",
    ];

    public static readonly string[] Questions =
    [
        "Wij willen met de {wie} in gesprek over {onderwerp}. Hoe kunnen wij als gemeente het beste contact leggen met de zelforganisaties?",
        "Vanuit het wijkteam horen wij signalen over {onderwerp} in de {wie}. Welke aanpak raadt u aan en kan er een reeks bijeenkomsten komen?",
        "Onze gemeente heeft budget voor het thema {onderwerp}. Hoe werken wij daarbij samen met de organisaties van de {wie}?",
        "Een zelforganisatie van de {wie} vroeg ons om steun voor gesprekken over {onderwerp}. Wat is een goede rol voor de gemeente?",
        "Wij zoeken een gespreksleider die de {wie} kent, voor bijeenkomsten over {onderwerp}. Hoe pakken wij dat aan?",
        "Na een incident willen wij het gesprek over {onderwerp} met de {wie} zorgvuldig beginnen. Waar moeten wij op letten?",
    ];

    public static readonly string[] AllianceQuestions =
    [
        "Dank voor uw aanvraag. Met welke organisaties heeft u al contact, en wie is daar uw vaste aanspreekpunt?",
        "Wij nemen uw vraag in behandeling. Kunt u aangeven of er al budget is voor de inzet van de organisaties?",
        "Goed dat u ons benadert. Is er een voorkeur voor een periode, bijvoorbeeld na de zomervakantie?",
    ];

    public static readonly string[] OfficerAnswers =
    [
        "We hebben contact met twee organisaties via het wijkteam; de contactpersonen sturen we u apart.",
        "Er is budget gereserveerd in de begroting voor dit jaar.",
        "Na de zomervakantie komt ons het beste uit; de organisaties noemden september.",
    ];

    public static readonly string[] InternalNotes =
    [
        "Interne notitie: de adviseur kent de voorzitter van een van de organisaties; eerst bellen.",
        "Interne notitie: vergelijkbare vraag vorig jaar uit een buurgemeente; advies daar hergebruiken.",
        "Interne notitie: gevoelig onderwerp in deze gemeenschap, ingang via gezondheid voorstellen.",
    ];

    public static readonly string[] OfficerFirstNames = ["Anne", "Bas", "Carmen", "Daan", "Esra", "Femke", "Gijs", "Hanneke", "Imane", "Joost", "Karin", "Lotte", "Mehmet", "Noor", "Pieter", "Roos", "Sanne", "Tim", "Yara"];

    public static readonly string[] OfficerSurnames = ["de Boer", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Kaya", "El Idrissi", "Dekker", "Brouwer"];

    /// <summary>The knowledge meetings: one full, with a waiting list.</summary>
    public static readonly (string Title, string StartsAt, string EndsAt, string Place, int Capacity, int Registrations)[] Meetings =
    [
        ("Kennismiddag (demo): samenwerken met migrantenorganisaties", "2027-03-11T13:30", "2027-03-11T17:00", "Utrecht", 30, 22),
        ("Kennismiddag (demo): de reeks van drie bijeenkomsten in de praktijk", "2027-04-15T13:30", "2027-04-15T17:00", "Rotterdam", 12, 15),
        ("Online kennissessie (demo): monitoring en kleine aantallen", "2027-05-20T10:00", "2027-05-20T11:30", "Online", 50, 9),
        ("Kennismiddag (demo): zelfbeschikking en Veilig Thuis", "2027-06-10T13:30", "2027-06-10T17:00", "Zwolle", 25, 25),
    ];
}
