using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using VanBinnenuit.Messaging.Tests.Fixtures;
using VanBinnenuit.Persistence.Outbox;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Messaging.Tests;

[Collection(MessagingCollection.Name)]
public sealed class BrokerOutageTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Events_written_while_the_broker_is_down_arrive_once_it_is_back()
    {
        using var host = await MessagingTestHost.StartAsync(
            await infrastructure.FreshDatabaseAsync(ResourceNames.RegistryDb, "outage"),
            await infrastructure.ConnectionStringAsync(ResourceNames.Broker),
            $"outage-{Guid.NewGuid():N}"[..15],
            bus => bus.AddConsumer<NoteWrittenConsumer>());
        var broker = infrastructure.Servers().Single(name => name.StartsWith(ResourceNames.Broker, StringComparison.Ordinal));

        // One event before the outage, so the consumer's queue exists (durable) and survives the restart.
        var before = await WriteNotesAsync(host, 1);
        await MessagingTestHost.EventuallyAsync(async () => await host.HandledCountAsync(before[0]) == 1, "the first note was handled");

        await infrastructure.App.ResourceCommands.ExecuteCommandAsync(broker, KnownResourceCommands.StopCommand);
        var during = await WriteNotesAsync(host, 5);
        await Task.Delay(TimeSpan.FromSeconds(4));
        var unsent = await host.InScopeAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null));
        Assert.Equal(5, unsent);

        await RestartAsync(broker);

        foreach (var note in during)
        {
            await MessagingTestHost.EventuallyAsync(async () => await host.HandledCountAsync(note) == 1, $"note {note} arrived", seconds: 120);
        }
        await host.StopAsync();
    }

    /// <summary>
    /// Starts the stopped broker again. The Erlang VM can outlive the stopped process by a moment and
    /// still hold the node name and port, and a start then fails; so wait for the port to close, and
    /// try again if the start fails all the same.
    /// </summary>
    private async Task RestartAsync(string broker)
    {
        var port = new Uri(await infrastructure.ConnectionStringAsync(ResourceNames.Broker)).Port;
        for (var attempt = 1; ; attempt++)
        {
            await WaitUntilClosedAsync(port);
            await infrastructure.App.ResourceCommands.ExecuteCommandAsync(broker, KnownResourceCommands.StartCommand);
            try
            {
                await infrastructure.App.ResourceNotifications.WaitForResourceHealthyAsync(broker);
                return;
            }
            catch (DistributedApplicationException) when (attempt < 3)
            {
                await Task.Delay(TimeSpan.FromSeconds(3));
            }
        }
    }

    private static async Task WaitUntilClosedAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            using var client = new System.Net.Sockets.TcpClient();
            try
            {
                await client.ConnectAsync("127.0.0.1", port);
            }
            catch (System.Net.Sockets.SocketException)
            {
                return;
            }
            await Task.Delay(500);
        }
    }

    private static Task<List<Guid>> WriteNotesAsync(IHost host, int count) => host.InScopeAsync(async db =>
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var note = new Note { Id = Guid.NewGuid(), Text = $"note {i}" };
            db.Notes.Add(note);
            db.AddIntegrationEvent(new NoteWritten { NoteId = note.Id, Text = note.Text });
            ids.Add(note.Id);
        }
        await db.SaveChangesAsync();
        return ids;
    });
}
