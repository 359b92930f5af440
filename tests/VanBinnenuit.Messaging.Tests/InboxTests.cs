using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
using VanBinnenuit.Messaging.Tests.Fixtures;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Messaging.Tests;

[Collection(MessagingCollection.Name)]
public sealed class InboxTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly string _serviceName = $"inbox-{Guid.NewGuid():N}"[..14];
    private IHost _host = null!;
    private string _broker = null!;

    public async Task InitializeAsync()
    {
        _broker = await infrastructure.ConnectionStringAsync(ResourceNames.Broker);
        _host = await MessagingTestHost.StartAsync(
            await infrastructure.FreshDatabaseAsync(ResourceNames.RegistryDb, "inbox"), _broker, _serviceName,
            bus => bus.AddConsumer<NoteWrittenConsumer>());
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private Task PublishAsync(NoteWritten message, Guid messageId) =>
        _host.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);

    [Fact]
    public async Task A_message_delivered_five_times_at_once_has_its_effect_once()
    {
        using var duplicates = new CounterWatch("vanbinnenuit.inbox.duplicates");
        var message = new NoteWritten { NoteId = Guid.NewGuid(), Text = "once" };
        var messageId = Guid.NewGuid();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PublishAsync(message, messageId)));

        await MessagingTestHost.EventuallyAsync(() => Task.FromResult(duplicates.Total >= 4), "four copies were absorbed");
        Assert.Equal(1, await _host.HandledCountAsync(message.NoteId));
    }

    [Fact]
    public async Task Different_messages_with_the_same_content_each_have_their_effect()
    {
        var message = new NoteWritten { NoteId = Guid.NewGuid(), Text = "twice" };
        await PublishAsync(message, Guid.NewGuid());
        await PublishAsync(message, Guid.NewGuid());

        await MessagingTestHost.EventuallyAsync(async () => await _host.HandledCountAsync(message.NoteId) == 2, "both were handled");
    }

    [Fact]
    public async Task A_poison_message_goes_to_the_error_queue_and_the_next_one_is_handled()
    {
        using var deadLettered = new CounterWatch("vanbinnenuit.messaging.dead_lettered");
        var poison = new NoteWritten { NoteId = Guid.NewGuid(), Text = NoteWrittenConsumer.Poison };
        var next = new NoteWritten { NoteId = Guid.NewGuid(), Text = "after the poison" };

        await PublishAsync(poison, Guid.NewGuid());
        await PublishAsync(next, Guid.NewGuid());

        await MessagingTestHost.EventuallyAsync(async () => await _host.HandledCountAsync(next.NoteId) == 1, "the next message was handled");
        var errorQueue = new KebabCaseEndpointNameFormatter(_serviceName, includeNamespace: false).Consumer<NoteWrittenConsumer>() + "_error";
        await MessagingTestHost.EventuallyAsync(async () => await MessagesInAsync(errorQueue) == 1, $"{errorQueue} held the poison message");
        Assert.Equal(0, await _host.HandledCountAsync(poison.NoteId));
        Assert.Equal(1, deadLettered.Total);
    }

    [Fact]
    public async Task A_message_whose_database_is_away_longer_than_the_retries_last_waits_and_is_handled_once_it_is_back()
    {
        using var deadLettered = new CounterWatch("vanbinnenuit.messaging.dead_lettered");
        // Away for 3 s: the ordinary retries (2, at most 200 ms apart here) are spent long before.
        var note = new NoteWritten { NoteId = Guid.NewGuid(), Text = NoteWrittenConsumer.AwayUntil + DateTimeOffset.UtcNow.AddSeconds(3).ToString("O") };

        await PublishAsync(note, Guid.NewGuid());

        await MessagingTestHost.EventuallyAsync(async () => await _host.HandledCountAsync(note.NoteId) == 1, "the note was handled once the database was back");
        var errorQueue = new KebabCaseEndpointNameFormatter(_serviceName, includeNamespace: false).Consumer<NoteWrittenConsumer>() + "_error";
        Assert.Equal(0u, await MessagesInAsync(errorQueue));
        Assert.Equal(0, deadLettered.Total);
    }

    private async Task<uint> MessagesInAsync(string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(_broker) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // not declared yet
        }
    }
}
