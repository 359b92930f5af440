using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Apis.Imports;

/// <summary>
/// Leaders from a spreadsheet. Lists in a cell are separated by ; or |. Languages as
/// <c>ar:native; nl:good</c>; communities by name; availability as <c>monday 18:00-21:30; saturday 10:00-16:00</c>.
/// </summary>
internal sealed class LeaderCsvImport : ICsvImport
{
    public ImportKind Kind => ImportKind.Leaders;
    public IReadOnlyList<string> RequiredColumns { get; } = ["display_name", "languages", "home_municipality", "max_sessions_per_month"];
    public IReadOnlyList<string> OptionalColumns { get; } =
        ["email", "phone", "communities", "topics", "gender", "travel_municipalities", "travel_provinces", "availability"];

    private static readonly Dictionary<string, string> Columns = new()
    {
        ["displayName"] = "display_name", ["email"] = "email", ["phone"] = "phone", ["languages"] = "languages",
        ["communityIds"] = "communities", ["topicCodes"] = "topics", ["gender"] = "gender",
        ["homeMunicipalityCode"] = "home_municipality", ["travelMunicipalityCodes"] = "travel_municipalities",
        ["travelProvinceCodes"] = "travel_provinces", ["availability"] = "availability", ["absences"] = "availability",
        ["maxSessionsPerMonth"] = "max_sessions_per_month",
    };

    public string ColumnOf(string field) => Columns.GetValueOrDefault(field.Split('[', '.')[0], field);

    public void Check(IReadOnlyDictionary<string, string> row, ReferenceCheck references, Validation validation, ImportBatch batch)
    {
        var draft = new LeaderDraft(
            row.Cell("display_name"), row.Cell("email"), row.Cell("phone"),
            [.. CsvValues.Split(row.Cell("languages")).Select(Language)],
            [.. CsvValues.Split(row.Cell("communities")).Select(name => Community(references, validation, name)).OfType<Guid>()],
            CsvValues.Split(row.Cell("topics")),
            row.Cell("gender"),
            row.Cell("home_municipality"),
            CsvValues.Split(row.Cell("travel_municipalities")),
            CsvValues.Split(row.Cell("travel_provinces")),
            [.. CsvValues.Split(row.Cell("availability")).Select(window => Window(validation, window)).OfType<AvailabilityWindow>()],
            [],
            Number(validation, row.Cell("max_sessions_per_month")));
        var checkedDraft = draft.Normalise(validation, IsoCodeTables.Standard);
        if (!validation.IsValid)
        {
            return;
        }
        validation.AddRange(references.Leader(checkedDraft));
        if (checkedDraft.Email is { } email)
        {
            batch.Unique(validation, "email", email);
        }
        if (validation.IsValid)
        {
            batch.Writes.Add(() => batch.Db.Leaders.Add(ConversationLeader.Register(checkedDraft, references.ProvinceOf)));
        }
    }

    /// <summary>An e-mail address identifies a leader in a spreadsheet; one already registered is not imported twice.</summary>
    public async Task<IEnumerable<string>> RegisteredKeysAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        await db.Leaders.IgnoreQueryFilters().Where(l => l.Email != null).Select(l => l.Email!).ToListAsync(cancellationToken);

    private static LanguageDraft Language(string cell)
    {
        var parts = cell.Split(':', 2, StringSplitOptions.TrimEntries);
        Proficiency? proficiency = parts.Length == 2 && Enum.TryParse<Proficiency>(parts[1], ignoreCase: true, out var p) ? p : null;
        return new LanguageDraft(parts[0], proficiency);
    }

    public static Guid? Community(ReferenceCheck references, Validation validation, string name)
    {
        var id = references.CommunityNamed(name);
        if (id is null)
        {
            validation.Add("communityIds", $"No community is registered under the name {name}.");
        }
        return id;
    }

    private static int? Number(Validation validation, string? cell)
    {
        if (cell is null)
        {
            return null;
        }
        if (int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        validation.Add("maxSessionsPerMonth", "Must be a whole number.");
        return null;
    }

    private static AvailabilityWindow? Window(Validation validation, string cell)
    {
        var parts = cell.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 3 && Enum.TryParse<DayOfWeek>(parts[0], ignoreCase: true, out var day)
            && TimeOnly.TryParseExact(parts[1], "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && TimeOnly.TryParseExact(parts[2], "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
        {
            return new AvailabilityWindow(day, from, to);
        }
        validation.Add("availability", $"\"{cell}\" is not a window such as monday 18:00-21:30.");
        return null;
    }
}
