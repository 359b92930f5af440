namespace VanBinnenuit.DemoProgramme.Generation;

/// <summary>
/// What the demo world is made of. The consortium's members and the two knowledge institutes are the
/// alliance's public partners; every person, local organisation and figure beside them is made up.
/// </summary>
internal static class DemoCatalogue
{
    /// <summary>Name, origin countries, languages (ISO 639), approach routes, and first names heard in the community.</summary>
    public static readonly (string Name, string[] Countries, string[] Languages, string[] Routes, string[] FirstNames)[] Communities =
    [
        ("Eritrees", ["ER"], ["ti", "ar"], ["religious-sources", "neighbourly-love", "health"], ["Senait", "Helen", "Yonas", "Freweyni", "Abrehet"]),
        ("Somalisch", ["SO"], ["so"], ["religious-sources", "health", "parenting"], ["Hodan", "Ayaan", "Fadumo", "Abdi", "Sahra"]),
        ("Syrisch", ["SY"], ["ar", "ku"], ["human-rights", "religious-sources", "parenting"], ["Rasha", "Lina", "Nour", "Omar", "Hiba"]),
        ("Afghaans", ["AF"], ["prs", "ps"], ["religious-sources", "the-law", "parenting"], ["Farzana", "Mariam", "Zahra", "Ahmad", "Shabnam"]),
        ("Iraaks", ["IQ"], ["ar", "ku"], ["human-rights", "the-law"], ["Zainab", "Noor", "Ali", "Sura", "Huda"]),
        ("Iraans", ["IR"], ["fa"], ["human-rights", "health"], ["Shirin", "Parisa", "Reza", "Leila", "Mina"]),
        ("Jemenitisch", ["YE"], ["ar"], ["religious-sources", "parenting"], ["Amal", "Samira", "Yasmin", "Khaled"]),
        ("Soedanees", ["SD"], ["ar"], ["religious-sources", "neighbourly-love"], ["Awadia", "Nafisa", "Tariq", "Salma"]),
        ("Turks", ["TR"], ["tr"], ["neighbourly-love", "parenting", "the-law"], ["Ayşe", "Elif", "Zeynep", "Mehmet", "Hatice"]),
        ("Marokkaans", ["MA"], ["ar", "zgh", "ary"], ["religious-sources", "parenting", "the-law"], ["Fatima", "Khadija", "Nadia", "Mohamed", "Samira"]),
        ("Oeigoers", ["CN"], ["ug"], ["human-rights", "religious-sources"], ["Gulnar", "Aynur", "Dilnur", "Abdulla"]),
        ("Alevitisch", ["TR"], ["tr", "ku"], ["human-rights", "neighbourly-love"], ["Gülistan", "Derya", "Cem", "Sevda"]),
        ("Koerdisch", ["TR", "IQ", "SY", "IR"], ["ku"], ["human-rights", "the-law"], ["Rojda", "Berfin", "Dilan", "Baran"]),
        ("Antilliaans", ["CW", "AW", "SX", "BQ"], ["pap", "nl"], ["health", "parenting", "neighbourly-love"], ["Shirley", "Giovanna", "Ruthmila", "Jurgen"]),
        ("Surinaams", ["SR"], ["nl", "srn"], ["health", "parenting", "neighbourly-love"], ["Sharmila", "Glenda", "Rajesh", "Marlies"]),
        ("Chinees", ["CN", "HK", "TW"], ["zh"], ["health", "parenting"], ["Mei", "Li Na", "Xiu", "Wei"]),
        ("Pools", ["PL"], ["pl"], ["the-law", "health"], ["Agnieszka", "Katarzyna", "Marta", "Piotr"]),
        ("Ethiopisch", ["ET"], ["am", "om"], ["religious-sources", "health"], ["Tigist", "Meron", "Selam", "Dawit"]),
        ("Egyptisch", ["EG"], ["ar"], ["religious-sources", "the-law"], ["Mona", "Heba", "Rania", "Karim"]),
        ("Pakistaans", ["PK"], ["ur"], ["religious-sources", "parenting"], ["Ayesha", "Sana", "Bilal", "Nadia"]),
        ("Indiaas", ["IN"], ["hi", "ta"], ["health", "parenting"], ["Priya", "Anjali", "Deepa", "Arjun"]),
        ("Ghanees", ["GH"], ["ak", "en"], ["neighbourly-love", "health"], ["Akosua", "Abena", "Kwame", "Efua"]),
        ("Nigeriaans", ["NG"], ["en", "yo", "ig"], ["neighbourly-love", "the-law"], ["Chiamaka", "Funke", "Ngozi", "Tunde"]),
        ("Kaapverdisch", ["CV"], ["pt", "kea"], ["health", "parenting"], ["Djenifer", "Elza", "Nelson", "Cátia"]),
        ("Moluks", ["ID"], ["nl", "ms"], ["neighbourly-love", "parenting"], ["Josina", "Wilhelmina", "Johan", "Carla"]),
        ("Vietnamees", ["VN"], ["vi"], ["health", "parenting"], ["Lan", "Thao", "Minh", "Hoa"]),
        ("Bosnisch", ["BA"], ["bs"], ["human-rights", "health"], ["Amra", "Selma", "Emir", "Lejla"]),
        ("Oekraïens", ["UA"], ["uk", "ru"], ["the-law", "health"], ["Olena", "Iryna", "Oksana", "Andrii"]),
        ("Bulgaars", ["BG"], ["bg", "tr"], ["the-law", "parenting"], ["Desislava", "Mariya", "Georgi", "Elena"]),
        ("Roemeens", ["RO"], ["ro"], ["the-law", "health"], ["Ioana", "Andreea", "Mihai", "Elena"]),
        ("Armeens", ["AM"], ["hy"], ["religious-sources", "neighbourly-love"], ["Anahit", "Lilit", "Aram", "Nune"]),
        ("Tamil", ["LK"], ["ta"], ["health", "parenting"], ["Kavitha", "Tharshini", "Suresh", "Malathi"]),
        ("Congolees", ["CD"], ["fr", "ln"], ["neighbourly-love", "religious-sources"], ["Grâce", "Nadège", "Patrick", "Mireille"]),
        ("Burundees", ["BI"], ["rn", "fr"], ["neighbourly-love", "health"], ["Aline", "Divine", "Eric", "Clarisse"]),
        ("Palestijns", ["PS"], ["ar"], ["human-rights", "religious-sources"], ["Dima", "Reem", "Yousef", "Ruba"]),
        ("Libisch", ["LY"], ["ar"], ["religious-sources", "the-law"], ["Asma", "Hanan", "Tarek", "Salwa"]),
        ("Tunesisch", ["TN"], ["ar", "fr"], ["the-law", "parenting"], ["Ines", "Amira", "Sami", "Rim"]),
        ("Algerijns", ["DZ"], ["ar", "kab", "fr"], ["religious-sources", "the-law"], ["Souad", "Lamia", "Karim", "Nawel"]),
        ("Hindostaans", ["SR", "IN"], ["hns", "nl"], ["health", "parenting"], ["Radha", "Shanti", "Ravi", "Anita"]),
        ("Ezidisch", ["IQ", "SY"], ["ku"], ["human-rights", "neighbourly-love"], ["Nadia", "Jihan", "Khalil", "Lamiya"]),
    ];

    public static readonly string[] Surnames =
    [
        "Haddad", "Tesfay", "Warsame", "Rahimi", "Al-Jabouri", "Karimi", "Yılmaz", "El Amrani", "Tursun", "Demir", "Baran", "Martina",
        "Sewdien", "Chen", "Kowalska", "Bekele", "Hassan", "Khan", "Sharma", "Mensah", "Okafor", "Fernandes", "Latuheru", "Nguyen",
        "Hodžić", "Kovalenko", "Petrova", "Popescu", "Hakobyan", "Sivakumar", "Mukendi", "Ndayishimiye", "Nasser", "Benali", "Trabelsi",
        "Bouzid", "Ramdin", "Murad", "Abdi", "Bakker", "De Vries", "Jansen",
    ];

    /// <summary>The consortium's public members (LCC+ from 2023).</summary>
    public static readonly string[] ConsortiumMembers =
    [
        "Inspraakorgaan Turken", "Stichting Kezban", "Federatie van Somalische Associaties Nederland", "Samenwerkingsverband Marokkaanse Nederlanders",
        "Stichting Landelijke Werkgroep Mudawwanah", "HTIB", "Vluchtelingen-Organisaties Nederland", "LCC+",
    ];

    public static readonly string[] KnowledgeInstitutes = ["Movisie", "Doetank Peer"];

    /// <summary>Regions of Veilig Thuis and of the GGDs, by a municipality at their heart.</summary>
    public static readonly (string Region, string Municipality)[] SafetyRegions =
    [
        ("Amsterdam-Amstelland", "GM0363"), ("Rotterdam Rijnmond", "GM0599"), ("Haaglanden", "GM0518"), ("Utrecht", "GM0344"),
        ("Brabant Zuidoost", "GM0772"), ("Groningen", "GM0014"), ("Twente", "GM0153"), ("Gelderland-Zuid", "GM0268"),
        ("Hollands Midden", "GM0546"), ("Kennemerland", "GM0392"), ("Fryslân", "GM0080"), ("Limburg-Zuid", "GM0935"),
        ("Midden- en West-Brabant", "GM0855"), ("IJsselland", "GM0193"), ("Flevoland", "GM0034"),
    ];

    public static readonly string[] Topics =
        ["lgbt-acceptance", "domestic-violence", "honour-related-violence", "gender-equality", "partner-choice", "clothing", "education-choice", "breaking-taboos", "parenting"];

    /// <summary>The topics in the words of a question.</summary>
    public static readonly IReadOnlyDictionary<string, string> TopicWords = new Dictionary<string, string>
    {
        ["lgbt-acceptance"] = "acceptatie van LHBTI+-personen", ["domestic-violence"] = "huiselijk geweld", ["honour-related-violence"] = "eergerelateerd geweld",
        ["gender-equality"] = "gelijkwaardigheid van vrouwen en mannen", ["partner-choice"] = "vrije partnerkeuze", ["clothing"] = "keuzes in kleding",
        ["education-choice"] = "vrije studiekeuze", ["breaking-taboos"] = "het doorbreken van taboes", ["parenting"] = "opvoeding",
    };

    /// <summary>The four largest municipalities, always in the programme.</summary>
    public static readonly string[] LargeMunicipalities = ["GM0363", "GM0599", "GM0518", "GM0344"];
}
