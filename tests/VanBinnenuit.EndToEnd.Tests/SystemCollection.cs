namespace VanBinnenuit.EndToEnd.Tests;

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<ObservedSystemFixture>
{
    public const string Name = "system";
}
