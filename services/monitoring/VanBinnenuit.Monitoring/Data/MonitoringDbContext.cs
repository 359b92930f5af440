using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.Persistence;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.Monitoring.Data;

public sealed class MonitoringDbContext(DbContextOptions<MonitoringDbContext> options) : DbContext(options)
{
    public DbSet<SeriesRecord> Series => Set<SeriesRecord>();
    public DbSet<SessionReport> Reports => Set<SessionReport>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<AttitudeHistogram> Attitudes => Set<AttitudeHistogram>();
    public DbSet<ReachByMonth> Reach => Set<ReachByMonth>();
    public DbSet<SeriesFacts> Facts => Set<SeriesFacts>();
    public DbSet<ExactFigureRead> ExactFigureReads => Set<ExactFigureRead>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddRegistryReadModels();
        modelBuilder.Entity<SeriesRecord>(series =>
        {
            series.ToTable("series");
            series.Property(s => s.Id).ValueGeneratedNever();
            series.Property(s => s.MunicipalityCode).HasMaxLength(6);
            series.Property(s => s.Audience).HasMaxLength(20);
            series.Property(s => s.Status).HasMaxLength(20);
            series.OwnsMany(s => s.Sessions, session =>
            {
                session.ToTable("series_sessions");
                session.WithOwner().HasForeignKey("series_id");
                session.HasKey("series_id", nameof(SessionRecord.Number));
                session.Property(x => x.Number).ValueGeneratedNever();
                session.Property(x => x.Status).HasMaxLength(20);
                session.HasIndex(x => x.StartsAt);
                // The few sessions still waiting for a report: what the overdue count reads.
                session.HasIndex(x => x.EndsAt).HasFilter("NOT reported AND status <> 'cancelled'");
            });
            series.Navigation(s => s.Sessions).AutoInclude();
            series.HasIndex(s => s.MunicipalityCode);
            series.HasIndex(s => s.LeaderId);
        });
        modelBuilder.Entity<SessionReport>(report =>
        {
            report.ToTable("session_reports");
            report.Property(r => r.ReportedBy).HasMaxLength(100);
            report.Property(r => r.Reflection).HasMaxLength(4000);
            report.Property(r => r.CorrectionReason).HasMaxLength(500);
            report.ComplexProperty(r => r.ByGender);
            report.ComplexProperty(r => r.ByAge);
            report.ComplexCollection(r => r.Referrals, referral =>
            {
                referral.ToJson();
                referral.Property(x => x.Kind).HasConversion<string>();
            });
            // One row per version; the history is the rows of a session. Two corrections of one version
            // at once both take the next number, so the unique index lets only one through.
            report.HasIndex(r => new { r.SeriesId, r.SessionNumber, r.Version }).IsUnique();
            report.HasIndex(r => r.SessionStartsAt).HasFilter("is_current");
        });
        modelBuilder.Entity<Statement>(statement =>
        {
            statement.ToTable("statements");
            statement.Property(s => s.Code).HasMaxLength(40);
            statement.Property(s => s.Text).HasMaxLength(300);
            statement.Property(s => s.Version).IsRowVersion();
            statement.HasIndex(s => s.Code).IsUnique();
            statement.HasData(StatementSeed.Statements);
        });
        modelBuilder.Entity<AttitudeHistogram>(histogram =>
        {
            histogram.ToTable("attitude_histograms");
            histogram.HasKey(h => new { h.SeriesId, h.Moment, h.StatementId });
            histogram.Property(h => h.Moment).HasConversion<string>().HasMaxLength(10);
            histogram.Property(h => h.RecordedBy).HasMaxLength(100);
            histogram.HasOne<Statement>().WithMany().HasForeignKey(h => h.StatementId);
        });
        modelBuilder.Entity<ReachByMonth>(reach =>
        {
            // Written only by the triggers of the ReachByMonth migration; read by the indicators.
            reach.ToTable("reach_by_month");
            reach.HasKey(r => new { r.Dimension, r.Month, r.Key });
            reach.Property(r => r.Dimension).HasMaxLength(20);
            reach.Property(r => r.Key).HasMaxLength(40);
        });
        modelBuilder.Entity<SeriesFacts>(facts =>
        {
            // Written only by the triggers of the ReachByMonth migration; read by the overview.
            facts.ToTable("series_facts");
            facts.HasKey(f => f.SeriesId);
            facts.Property(f => f.SeriesId).ValueGeneratedNever();
            facts.Property(f => f.HeldAt1).HasColumnName("held_at1");
            facts.Property(f => f.HeldAt2).HasColumnName("held_at2");
            facts.Property(f => f.HeldAt3).HasColumnName("held_at3");
            facts.Property(f => f.Key1).HasColumnName("key1");
            facts.Property(f => f.Key2).HasColumnName("key2");
            facts.Property(f => f.Key3).HasColumnName("key3");
        });
        modelBuilder.Entity<ExactFigureRead>(read =>
        {
            read.ToTable("exact_figure_reads");
            read.Property(r => r.Subject).HasMaxLength(100);
            read.Property(r => r.Role).HasMaxLength(40);
            read.Property(r => r.Question).HasMaxLength(2000);
            read.HasIndex(r => r.At);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
