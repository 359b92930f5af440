using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Contracts.AdviceRequests;
using VanBinnenuit.Messaging.Inbox;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Consumers;

/// <summary>An advice request asked for a series: a draft appears for the coordinators to plan, linked to the request.</summary>
public sealed class SeriesRequestedConsumer(SchedulingDbContext db, ILogger<SeriesRequestedConsumer> logger)
    : InboxConsumer<SeriesRequested, SchedulingDbContext>(db)
{
    protected override async Task HandleAsync(SeriesRequested message, CancellationToken cancellationToken)
    {
        // One draft per request, even when the advisor asks twice.
        if (await Db.Series.IgnoreQueryFilters().AnyAsync(s => s.AdviceRequestId == message.AdviceRequestId, cancellationToken))
        {
            return;
        }
        var validation = new ApiKit.Problems.Validation();
        var audience = Vocabulary.EnumWords.TryParse(message.Audience, out Audience parsed) ? parsed : Audience.Other;
        var period = message.PreferredFrom is null && message.PreferredUntil is null ? null : $"Gewenste periode: {message.PreferredFrom:yyyy-MM-dd} tot {message.PreferredUntil:yyyy-MM-dd}.";
        var draft = new SeriesDraft(message.MunicipalityCode, message.CommunityId, [], audience, message.Languages, message.TopicCodes, null, message.AdviceRequestId,
            $"Aangevraagd vanuit adviesaanvraag. {period}".Trim()).Normalise(validation);
        if (!validation.IsValid)
        {
            // The request stays in advice-requests; a coordinator drafts the series by hand.
            logger.LogWarning("A series request could not be drafted: {Problems}", string.Join("; ", validation.Invalid.Select(p => p.Name)));
            return;
        }
        Db.Series.Add(MeetingSeries.DraftRequested(draft));
    }
}
