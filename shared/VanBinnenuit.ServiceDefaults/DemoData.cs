namespace VanBinnenuit.ServiceDefaults;

/// <summary>
/// Development-only demo data that two services must agree on: the identity service binds the demo
/// leader account to the leader the registry seeds under this id.
/// </summary>
public static class DemoData
{
    public const string LeaderId = "01930000-0000-7000-8000-00000000d001";
}
