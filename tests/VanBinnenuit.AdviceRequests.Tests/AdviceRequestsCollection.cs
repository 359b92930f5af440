namespace VanBinnenuit.AdviceRequests.Tests;

[CollectionDefinition(Name)]
public sealed class AdviceRequestsCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "advice-requests";
}
