namespace VanBinnenuit.Registry.Tests;

[CollectionDefinition(Name)]
public sealed class RegistryCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "registry";
}
