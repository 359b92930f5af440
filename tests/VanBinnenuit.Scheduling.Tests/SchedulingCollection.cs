namespace VanBinnenuit.Scheduling.Tests;

[CollectionDefinition(Name)]
public sealed class SchedulingCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "scheduling";
}
