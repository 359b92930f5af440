namespace VanBinnenuit.ApiKit.Auth;

/// <summary>Claims that bind a token to the part of the data its holder may reach.</summary>
public static class BindingClaims
{
    public const string Municipality = "municipality";
    public const string Leader = "leader_id";
}
