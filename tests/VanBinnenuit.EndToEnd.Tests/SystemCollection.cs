using VanBinnenuit.Testing;

namespace VanBinnenuit.EndToEnd.Tests;

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "system";
}
