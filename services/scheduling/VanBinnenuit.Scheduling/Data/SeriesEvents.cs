using VanBinnenuit.Contracts.Scheduling;
using VanBinnenuit.Scheduling.Domain;

namespace VanBinnenuit.Scheduling.Data;

/// <summary>A series as its events carry it: no venues (they may be confidential), no notes.</summary>
internal static class SeriesEvents
{
    public static SeriesSnapshot Snapshot(MeetingSeries series) => new()
    {
        Id = series.Id,
        MunicipalityCode = series.MunicipalityCode,
        CommunityId = series.CommunityId,
        Audience = MeetingSeries.Describe(series.Audience),
        TopicCodes = [.. series.TopicCodes],
        Languages = [.. series.Languages],
        Status = MeetingSeries.Describe(series.Status),
        LeaderId = series.LeaderId,
        AdviceRequestId = series.AdviceRequestId,
        Sessions = [.. series.Sessions.Select(s => new SessionSnapshot(s.Number, s.StartsAt, s.EndsAt, MeetingSeries.Describe(s.Status)))],
    };
}
