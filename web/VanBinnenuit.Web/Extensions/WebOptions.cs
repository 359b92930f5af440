namespace VanBinnenuit.Web.Extensions;

/// <summary>Where the web frontend finds the gateway and how it signs people in.</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>The gateway every API call goes through (the app host passes this run's address).</summary>
    public Uri Gateway { get; set; } = new("http://localhost:5080/");

    /// <summary>The web frontend's OpenID Connect client at the identity service.</summary>
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";

    /// <summary>A session ends after this long without a request (sliding); people share computers in community centres.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(20);
}
