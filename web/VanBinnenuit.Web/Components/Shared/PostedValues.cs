namespace VanBinnenuit.Web.Components.Shared;

/// <summary>What the person typed, so a form shown again with its problems keeps their input.</summary>
public static class PostedValues
{
    /// <summary>The posted value of a field, or null on a first visit (a GET) or when the field was not sent.</summary>
    public static string? Posted(this HttpContext http, string name) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType && http.Request.Form.TryGetValue(name, out var value)
            ? value.ToString()
            : null;
}
