using System.Diagnostics;
using System.Text.RegularExpressions;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace VanBinnenuit.ServiceDefaults;

/// <summary>
/// What must not leave a process in telemetry: the secret of a calendar-feed address (the feed holds
/// confidential venues; the address is its only key) and query strings (names searched for). Spans'
/// URL tags and every exported log line pass through here, whatever instrumentation wrote them.
/// </summary>
public static partial class TelemetryRedaction
{
    /// <summary>The span tags that carry a request's address.</summary>
    private static readonly string[] UrlTags = ["url.path", "url.full", "url.query", "http.target", "http.url"];

    /// <summary><paramref name="text"/> with every feed secret replaced by <c>{token}</c> and every query string by <c>?{query}</c>.</summary>
    public static string Redact(string text) =>
        Query().Replace(FeedSecret().Replace(text, "$1{token}"), "$1?{query}");

    /// <summary>Whether <paramref name="text"/> needs redacting at all (most lines do not; this keeps them unchanged).</summary>
    private static bool Sensitive(string text) => text.Contains("calendar-feeds/", StringComparison.Ordinal) || text.Contains('?');

    /// <summary>Rewrites each span's address tags and name before it is exported.</summary>
    public sealed class SpanProcessor : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data)
        {
            foreach (var tag in UrlTags)
            {
                if (data.GetTagItem(tag) is string value && Sensitive(value))
                {
                    data.SetTag(tag, tag == "url.query" ? "{query}" : Redact(value));
                }
            }
            if (Sensitive(data.DisplayName))
            {
                data.DisplayName = Redact(data.DisplayName);
            }
        }
    }

    /// <summary>Rewrites each log record's message and string attributes before it is exported.</summary>
    public sealed class LogProcessor : BaseProcessor<LogRecord>
    {
        public override void OnEnd(LogRecord data)
        {
            if (data.FormattedMessage is { } message && Sensitive(message))
            {
                data.FormattedMessage = Redact(message);
            }
            if (data.Body is { } body && Sensitive(body))
            {
                data.Body = Redact(body);
            }
            if (data.Attributes is { } attributes && attributes.Any(a => a.Value is string s && Sensitive(s)))
            {
                data.Attributes = [.. attributes.Select(a => a.Value is string s && Sensitive(s) ? new KeyValuePair<string, object?>(a.Key, Redact(s)) : a)];
            }
        }
    }

    [GeneratedRegex(@"(/calendar-feeds/)[^/?#\s""']+")]
    private static partial Regex FeedSecret();

    // A query string follows a path or host character; "OK? yes" in prose is left alone.
    [GeneratedRegex(@"([/\w])\?[^\s""'#]+")]
    private static partial Regex Query();
}
