using System.ComponentModel.DataAnnotations;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.Monitoring.Domain;

/// <summary>How many chose each of the five options for one statement.</summary>
public sealed record HistogramDraft([property: Required] Guid? StatementId, [property: Required] IReadOnlyList<int>? Counts);

public sealed record AttitudesDraft([property: Required] IReadOnlyList<HistogramDraft>? Answers) : IExample<AttitudesDraft>
{
    public static AttitudesDraft Example => new([new HistogramDraft(Guid.Parse("0193c4a1-2b3c-7d4e-8f50-1a2b3c4d5e6f"), [1, 2, 4, 5, 2])]);

    /// <summary>The histograms, each statement once, five counts each; existence of the statements is checked by the caller.</summary>
    public List<(Guid StatementId, int[] Counts)> Normalise(Validation validation)
    {
        var answers = Answers ?? [];
        if (answers.Count is 0 or > 50)
        {
            validation.Add("answers", "Give the answers to 1 to 50 statements.");
        }
        var result = new List<(Guid, int[])>();
        for (var i = 0; i < Math.Min(answers.Count, 50); i++)
        {
            var answer = answers[i];
            if (answer?.StatementId is not { } statement || statement == Guid.Empty)
            {
                validation.Add($"answers[{i}].statementId", "Is required.");
                continue;
            }
            if (result.Any(r => r.Item1 == statement))
            {
                validation.Add($"answers[{i}].statementId", "Each statement once.");
                continue;
            }
            var counts = answer.Counts ?? [];
            if (counts.Count != 5 || counts.Any(c => c is < 0 or > ReportDraft.MaxAttendance))
            {
                validation.Add($"answers[{i}].counts", $"Five counts, one per option from 1 (strongly disagree) to 5 (strongly agree), each 0 to {ReportDraft.MaxAttendance}.");
                continue;
            }
            result.Add((statement, [.. counts]));
        }
        return result;
    }
}

public sealed record StatementDraft([property: Required] string? Code, [property: Required] string? Text, int? Order, bool? Active) : IExample<StatementDraft>
{
    public static StatementDraft Example => new("partner-choice", "Een vrouw mag zelf kiezen met wie zij trouwt.", 3, true);

    public StatementDraft Normalise(Validation validation) => new(
        validation.Code("code", Code, "^[a-z0-9]+(-[a-z0-9]+)*$", "Must be a code such as partner-choice."),
        validation.Text("text", Text, 300),
        validation.Range("order", Order, 0, 999, required: false),
        Active);
}
