using System.ComponentModel.DataAnnotations;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.AdviceRequests.Domain;

/// <summary>A move of the case, ZGW-style as a new status: the action and what it needs.</summary>
public sealed record StatusChangeDraft([property: Required] CaseAction? Action, string? AdvisorId, ClosingResult? Result, string? Reason) : IExample<StatusChangeDraft>
{
    public static StatusChangeDraft Example => new(CaseAction.Assign, Examples.Advisor, null, null);

    public StatusChangeDraft Normalise(Validation validation)
    {
        if (Action is null || !Enum.IsDefined(Action.Value))
        {
            validation.Add("action", "Must be one of: triage, assign, start, give-advice, close, reopen.");
        }
        if (Result is { } result && !Enum.IsDefined(result))
        {
            validation.Add("result", "Must be one of: advice-delivered, referred-to-meeting-series, withdrawn, out-of-scope.");
        }
        return new StatusChangeDraft(Action, validation.Text("advisorId", AdvisorId, 100, required: false), Result,
            validation.Text("reason", Reason, 500, required: false));
    }
}

/// <summary>The advice as the advisor writes it, pointing into the knowledge base.</summary>
public sealed record AdviceDraft([property: Required] string? Text, IReadOnlyList<int>? Steps, IReadOnlyList<Guid>? PitfallIds, IReadOnlyList<Guid>? GoodExampleIds) : IExample<AdviceDraft>
{
    public static AdviceDraft Example => new("Begin via de Eritrese vrouwenorganisatie in Noord: nodig de voorzitter uit voor een persoonlijk gesprek en laat de eerste bijeenkomst door haar aankondigen.", [1, 2], [Examples.Pitfall], []);

    public const int TextLength = 20000;

    public AdviceDraft Normalise(Validation validation)
    {
        var steps = (Steps ?? []).Distinct().Order().ToList();
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is < 1 or > 4)
            {
                validation.Add($"steps[{i}]", "Must be a step of the guide: 1 to 4.");
            }
        }
        if ((PitfallIds ?? []).Count > 20 || (GoodExampleIds ?? []).Count > 20)
        {
            validation.Add((PitfallIds ?? []).Count > 20 ? "pitfallIds" : "goodExampleIds", "At most 20 entries.");
        }
        return new AdviceDraft(validation.Text("text", Text, TextLength), steps, [.. (PitfallIds ?? []).Distinct()], [.. (GoodExampleIds ?? []).Distinct()]);
    }
}

public sealed record MessageDraft([property: Required] string? Text, bool? Internal) : IExample<MessageDraft>
{
    public static MessageDraft Example => new("Kunnen we volgende week bellen over de planning?", false);

    public const int TextLength = 4000;

    public MessageDraft Normalise(Validation validation) => new(validation.Text("text", Text, TextLength), Internal ?? false);
}

/// <summary>A knowledge-base entry as a coordinator writes it; <see cref="Kind"/> only when adding one.</summary>
public sealed record KnowledgeDraft(KnowledgeKind? Kind, int? Number, [property: Required] string? Title, [property: Required] string? Body) : IExample<KnowledgeDraft>
{
    public static KnowledgeDraft Example => new(KnowledgeKind.Pitfall, 4, "Te veel e-mail, te weinig contact", "Organisaties haken af als de gemeente vooral mailt en vergadert; een persoonlijk gesprek op hun eigen plek werkt beter.");

    public const int TitleLength = 200;
    public const int BodyLength = 20000;

    public KnowledgeDraft Normalise(Validation validation, bool adding)
    {
        if (adding && (Kind is null || !KnowledgeEntry.CanBeAdded(Kind.Value)))
        {
            validation.Add("kind", "Must be pitfall or good-example: the four steps and three roles are the guide's fixed frame, edited in place.");
        }
        return new KnowledgeDraft(Kind, validation.Range("number", Number, 1, 999, required: false),
            validation.Text("title", Title, TitleLength), validation.Text("body", Body, BodyLength));
    }
}
