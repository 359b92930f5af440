namespace VanBinnenuit.Vocabulary;

/// <summary>
/// Development-only demo data that two services must agree on: the identity service binds the demo
/// leader account to the leader the registry seeds under this id; the demo programme assigns advice
/// requests to the demo advisor's account.
/// </summary>
public static class DemoData
{
    public const string LeaderId = "01930000-0000-7000-8000-00000000d001";

    /// <summary>The account id (the tokens' subject) of adviseur@demo.vanbinnenuit.nl.</summary>
    public const string AdvisorAccountId = "01930000-0000-7000-8000-0000000ac002";
}
