using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Apis.Imports;

/// <summary>
/// Organisations from a spreadsheet, with at most one contact person per row. The kind is written
/// as the API writes it (<c>migrant-self-organisation</c>); communities by name; municipalities by CBS code.
/// </summary>
internal sealed class OrganisationCsvImport : ICsvImport
{
    public ImportKind Kind => ImportKind.Organisations;
    public IReadOnlyList<string> RequiredColumns { get; } = ["name", "kind"];
    public IReadOnlyList<string> OptionalColumns { get; } =
        ["kvk_number", "communities", "municipalities", "contact_name", "contact_role", "contact_email", "contact_phone"];

    private static readonly Dictionary<string, string> Columns = new()
    {
        ["name"] = "name", ["kind"] = "kind", ["kvkNumber"] = "kvk_number", ["communityIds"] = "communities",
        ["municipalityCodes"] = "municipalities",
    };

    // contactPersons[0].email → contact_email
    public string ColumnOf(string field) => field.StartsWith("contactPersons[", StringComparison.Ordinal) && field.Contains('.', StringComparison.Ordinal)
        ? "contact_" + field.Split('.').Last()
        : Columns.GetValueOrDefault(field.Split('[', '.')[0], field);

    public void Check(IReadOnlyDictionary<string, string> row, ReferenceCheck references, Validation validation, ImportBatch batch)
    {
        OrganisationKind? kind = Codes.TryEnum(row.Cell("kind"), out OrganisationKind parsed) ? parsed : null;
        var hasContact = new[] { "contact_name", "contact_role", "contact_email", "contact_phone" }.Any(c => row.Cell(c) is not null);
        var draft = new OrganisationDraft(
            row.Cell("name"),
            kind,
            row.Cell("kvk_number"),
            [.. CsvValues.Split(row.Cell("communities")).Select(name => LeaderCsvImport.Community(references, validation, name)).OfType<Guid>()],
            CsvValues.Split(row.Cell("municipalities")),
            hasContact ? [new ContactPersonDraft(row.Cell("contact_name"), row.Cell("contact_role"), row.Cell("contact_email"), row.Cell("contact_phone"))] : []);
        var (checkedDraft, contacts) = draft.Normalise(validation);
        if (!validation.IsValid)
        {
            return;
        }
        validation.AddRange(references.Organisation(checkedDraft));
        batch.Unique(validation, checkedDraft.KvkNumber is null ? "name" : "kvkNumber", checkedDraft.KvkNumber ?? checkedDraft.Name!);
        if (validation.IsValid)
        {
            batch.Writes.Add(() =>
            {
                batch.Db.Organisations.Add(Organisation.Register(checkedDraft, contacts));
            });
        }
    }

    /// <summary>An organisation is known by its KvK number, or by its name when it has none.</summary>
    public async Task<IEnumerable<string>> RegisteredKeysAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        await db.Organisations.IgnoreQueryFilters().Select(o => o.KvkNumber ?? o.Name).ToListAsync(cancellationToken);
}
