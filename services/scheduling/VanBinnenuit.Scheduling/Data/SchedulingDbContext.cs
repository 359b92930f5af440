using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Persistence;
using VanBinnenuit.ReadModels;
using VanBinnenuit.Scheduling.Domain;

namespace VanBinnenuit.Scheduling.Data;

public sealed class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options, Caller caller) : DbContext(options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Read per query: an officer's queries see their own municipality's series, a leader's their own.
    private string? MunicipalityScope => caller.MunicipalityScope;
    private Guid? LeaderScope => caller.Role == Roles.Leader ? (Guid.TryParse(caller.LeaderId, out var id) ? id : Guid.Empty) : null;

    public DbSet<LeaderProfile> LeaderProfiles => Set<LeaderProfile>();
    public DbSet<MeetingSeries> Series => Set<MeetingSeries>();
    public DbSet<LeaderBooking> Bookings => Set<LeaderBooking>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<KnowledgeMeeting> KnowledgeMeetings => Set<KnowledgeMeeting>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddRegistryReadModels();
        modelBuilder.Entity<LeaderProfile>(leader =>
        {
            leader.Property(l => l.DisplayName).HasMaxLength(100);
            // The leader as matching reads it, whole (the same JSON as the registry's snapshot it came from).
            leader.Property(l => l.Profile).HasColumnType("jsonb").HasConversion(
                profile => JsonSerializer.Serialize(profile, Json),
                json => JsonSerializer.Deserialize<Leader>(json, Json)!);
        });
        modelBuilder.Entity<MeetingSeries>(series =>
        {
            series.ToTable("series");
            series.Property(s => s.MunicipalityCode).HasMaxLength(6);
            series.Property(s => s.Audience).HasConversion<string>().HasMaxLength(20);
            series.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            series.Property(s => s.ApproachRoute).HasMaxLength(40);
            series.Property(s => s.Notes).HasMaxLength(4000);
            series.Property(s => s.CancellationReason).HasMaxLength(500);
            series.Property(s => s.LeaderOverrideReason).HasMaxLength(500);
            series.Property(s => s.Version).IsRowVersion();
            series.ComplexCollection(s => s.LeaderChanges, change => change.ToJson());
            series.OwnsMany(s => s.Sessions, session =>
            {
                session.ToTable("sessions");
                session.WithOwner().HasForeignKey("series_id");
                session.HasKey("series_id", nameof(Session.Number));
                session.Property(x => x.Number).ValueGeneratedNever();
                session.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
                session.Property(x => x.Venue).HasMaxLength(300);
                // The calendar reads sessions by their time, a month at a time.
                session.HasIndex(x => x.StartsAt);
                session.Property(x => x.History).HasColumnType("jsonb").HasConversion(
                    history => JsonSerializer.Serialize(history, Json),
                    json => JsonSerializer.Deserialize<List<SessionChange>>(json, Json)!,
                    new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<SessionChange>>(
                        (a, b) => a!.SequenceEqual(b!), list => list.Count, list => list.ToList()));
            });
            series.Navigation(s => s.Sessions).AutoInclude();
            series.HasIndex(s => s.MunicipalityCode);
            series.HasIndex(s => s.LeaderId);
            // One series per advice request, even when two requests for it are consumed at once.
            series.HasIndex(s => s.AdviceRequestId).IsUnique().HasFilter("advice_request_id IS NOT NULL");
            series.HasQueryFilter(s => (MunicipalityScope == null || s.MunicipalityCode == MunicipalityScope)
                && (LeaderScope == null || s.LeaderId == LeaderScope));
        });
        modelBuilder.Entity<LeaderBooking>(booking =>
        {
            booking.ToTable("leader_bookings");
            booking.HasKey(b => new { b.SeriesId, b.SessionNumber });
            booking.HasIndex(b => new { b.LeaderId, b.StartsAt });
            // The exclusion constraint on (leader_id, [blocked_from, blocked_until)) is added in the migration (EF cannot express it).
        });
        modelBuilder.Entity<CalendarFeed>(feed =>
        {
            feed.HasKey(f => f.LeaderId);
            feed.Property(f => f.TokenHash).HasMaxLength(64);
            feed.HasIndex(f => f.TokenHash).IsUnique();
        });
        modelBuilder.Entity<KnowledgeMeeting>(meeting =>
        {
            meeting.Property(m => m.Title).HasMaxLength(200);
            meeting.Property(m => m.Place).HasMaxLength(300);
            meeting.OwnsMany(m => m.Registrations, registration =>
            {
                registration.ToTable("knowledge_meeting_registrations");
                registration.HasKey(r => r.Id);
                // The id is made by the domain; a set key must not make EF take a new registration for an old one.
                registration.Property(r => r.Id).ValueGeneratedNever();
                registration.Property(r => r.Subject).HasMaxLength(100);
                registration.Property(r => r.Name).HasMaxLength(200);
                registration.Property(r => r.MunicipalityCode).HasMaxLength(6);
                // One active registration per officer per meeting, whatever the timing of two clicks.
                registration.HasIndex("KnowledgeMeetingId", nameof(Registration.Subject)).IsUnique().HasFilter("cancelled_at IS NULL");
            });
            meeting.Navigation(m => m.Registrations).AutoInclude();
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
