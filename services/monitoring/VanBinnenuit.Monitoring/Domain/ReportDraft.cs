using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.Monitoring.Domain;

public sealed record GenderDraft(int? Women, int? Men, int? Other, int? NotStated);

public sealed record AgeDraft(int? Under18, int? From18To29, int? From30To49, int? From50To64, int? From65, int? NotStated);

public sealed record ReferralDraft(ReferralKind? Kind, int? Count);

/// <summary>A session report as the leader fills it in.</summary>
public sealed partial record ReportDraft(
    [property: Required] int? Attendance,
    GenderDraft? ByGender,
    AgeDraft? ByAge,
    int? Returned,
    [property: Required] IReadOnlyList<string>? Languages,
    IReadOnlyList<string>? TopicCodes,
    [property: Required] int? Safety,
    IReadOnlyList<ReferralDraft>? Referrals,
    bool? FollowUpNeeded,
    string? Reflection,
    string? CorrectionReason) : IExample<ReportDraft>
{
    public static ReportDraft Example => new(14, new GenderDraft(12, 0, 0, 2), new AgeDraft(0, 3, 7, 3, 1, 0), 0, ["ti", "nl"], ["parenting"], 4, [new ReferralDraft(ReferralKind.SocialTeam, 1)], false, "Open gesprek; de groep wil verder over opvoeding.", null);

    /// <summary>More than fits a community room; a typo guard, not a policy.</summary>
    public const int MaxAttendance = 500;

    /// <summary>Checks every field and that the counts add up; the cleaned report to store (without series, session or version).</summary>
    public SessionReport? Normalise(Validation validation, int sessionNumber)
    {
        var total = validation.Range("attendance", Attendance, 0, MaxAttendance);
        var gender = new GenderCounts(Count(validation, "byGender.women", ByGender?.Women), Count(validation, "byGender.men", ByGender?.Men),
            Count(validation, "byGender.other", ByGender?.Other), Count(validation, "byGender.notStated", ByGender?.NotStated));
        var age = new AgeCounts(Count(validation, "byAge.under18", ByAge?.Under18), Count(validation, "byAge.from18To29", ByAge?.From18To29),
            Count(validation, "byAge.from30To49", ByAge?.From30To49), Count(validation, "byAge.from50To64", ByAge?.From50To64),
            Count(validation, "byAge.from65", ByAge?.From65), Count(validation, "byAge.notStated", ByAge?.NotStated));
        var returned = validation.Range("returned", Returned ?? 0, 0, MaxAttendance);
        if (total is { } t)
        {
            if (gender.Sum != t)
            {
                validation.Add("byGender", $"The counts by gender add up to {gender.Sum}, not to the attendance of {t}.");
            }
            if (age.Sum != t)
            {
                validation.Add("byAge", $"The counts by age band add up to {age.Sum}, not to the attendance of {t}.");
            }
            if (returned > t)
            {
                validation.Add("returned", "Cannot be more than the attendance.");
            }
        }
        if (sessionNumber == 1 && returned > 0)
        {
            validation.Add("returned", "Nobody can return to the first session of a series.");
        }
        var languages = validation.List("languages", Languages, 5, (path, code) => validation.Code(path, code, "^[a-z]{2,3}$", "Must be an ISO 639 code such as ar."), required: true);
        var topics = validation.List("topicCodes", TopicCodes, 10, (path, code) => validation.Code(path, code, "^[a-z0-9]+(-[a-z0-9]+)*$", "Must be a topic code such as lgbt-acceptance."));
        var safety = validation.Range("safety", Safety, 1, 5);
        var referrals = new List<ReferralCount>();
        var drafts = Referrals ?? [];
        for (var i = 0; i < drafts.Count; i++)
        {
            var kind = drafts[i]?.Kind;
            if (kind is null || !Enum.IsDefined(kind.Value))
            {
                validation.Add($"referrals[{i}].kind", "Must be one of: veilig-thuis, ggd, police, social-team, general-practitioner, other.");
            }
            else if (referrals.Any(r => r.Kind == kind))
            {
                validation.Add($"referrals[{i}].kind", "Each kind once, with its count.");
            }
            var count = validation.Range($"referrals[{i}].count", drafts[i]?.Count, 1, MaxAttendance);
            if (kind is { } k && Enum.IsDefined(k) && count is { } c)
            {
                referrals.Add(new ReferralCount(k, c));
            }
        }
        var reflection = validation.Text("reflection", Reflection, 4000, required: false);
        if (reflection is not null && (EmailLike().IsMatch(reflection) || PhoneLike().IsMatch(reflection)))
        {
            validation.Add("reflection", "Must not contain an e-mail address or phone number: reports never identify a participant.");
        }
        var correction = validation.Text("correctionReason", CorrectionReason, 500, required: false);
        return validation.IsValid
            ? new SessionReport
            {
                Attendance = total!.Value, ByGender = gender, ByAge = age, Returned = returned!.Value, Languages = languages, TopicCodes = topics,
                Safety = safety!.Value, Referrals = referrals, FollowUpNeeded = FollowUpNeeded ?? false, Reflection = reflection, CorrectionReason = correction,
            }
            : null;
    }

    private static int Count(Validation validation, string name, int? value) => validation.Range(name, value ?? 0, 0, MaxAttendance) ?? 0;

    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex EmailLike();

    // Eight or more digits, possibly spaced or dashed: a phone number, not a count.
    [GeneratedRegex(@"(\+?\d[\s\-]?){8,}")]
    private static partial Regex PhoneLike();
}
