namespace VanBinnenuit.Monitoring.Tests;

[CollectionDefinition(Name)]
public sealed class MonitoringCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "monitoring";
}
