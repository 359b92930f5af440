using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.Contracts;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.Monitoring.Tests;

/// <summary>Two consumers' transactions about one row that does not exist yet, as the relay's batches deliver them.</summary>
[Collection(MonitoringCollection.Name)]
public sealed class ReadModelConcurrencyTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private MonitoringApiFactory _factory = null!;

    public async Task InitializeAsync() => _factory = await MonitoringApiFactory.StartAsync(infrastructure, "monitoring_read_model_races");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private sealed record Named : IntegrationEvent
    {
        public required string Name { get; init; }
    }

    [Fact]
    public async Task Two_events_about_one_new_row_handled_at_once_both_land_and_the_newer_wins()
    {
        var id = Guid.NewGuid();
        var registered = new Named { Name = "Eritrese gemeenschap", OccurredAt = DateTimeOffset.UtcNow.AddSeconds(-1) };
        var renamed = new Named { Name = "Eritrese gemeenschap Noord", OccurredAt = DateTimeOffset.UtcNow };
        await using var first = _factory.Services.CreateAsyncScope();
        await using var second = _factory.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<MonitoringDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<MonitoringDbContext>();

        // The first has written the new row and not yet committed when the second looks for it.
        await using var firstTransaction = await firstDb.Database.BeginTransactionAsync();
        await UpsertAsync(firstDb, id, registered);
        await firstDb.SaveChangesAsync();
        await using var secondTransaction = await secondDb.Database.BeginTransactionAsync();
        var secondWrite = Task.Run(async () =>
        {
            await UpsertAsync(secondDb, id, renamed);
            await secondDb.SaveChangesAsync();
            await secondTransaction.CommitAsync();
        });
        await Task.Delay(500);
        await firstTransaction.CommitAsync();

        await secondWrite; // without waiting its turn, the second inserts the row too and fails on the duplicate key
        await using var check = _factory.Services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<MonitoringDbContext>().Set<CommunityReference>().AsNoTracking().SingleAsync(c => c.Id == id);
        Assert.Equal("Eritrese gemeenschap Noord", stored.Name);
    }

    private static Task UpsertAsync(MonitoringDbContext db, Guid id, Named message) =>
        db.UpsertAsync(id, message, () => new CommunityReference { Id = id, Name = message.Name }, c => c.Name = message.Name, CancellationToken.None);
}
