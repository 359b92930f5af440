using VanBinnenuit.Testing;

namespace VanBinnenuit.Messaging.Tests;

[CollectionDefinition(Name)]
public sealed class MessagingCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "messaging";
}
