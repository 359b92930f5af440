using VanBinnenuit.Testing;

namespace VanBinnenuit.Identity.Tests;

[CollectionDefinition(Name)]
public sealed class IdentityCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "identity";
}
