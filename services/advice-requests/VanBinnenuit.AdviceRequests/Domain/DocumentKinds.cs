using System.IO.Compression;
using System.Text;

namespace VanBinnenuit.AdviceRequests.Domain;

/// <summary>
/// Which kind of document a file is, from its bytes: PDF, ODT, DOCX or plain UTF-8 text. A name or a
/// declared type proves nothing, so anything else (an executable renamed .pdf, a spreadsheet) is refused.
/// </summary>
public static class DocumentKinds
{
    public const string Pdf = "application/pdf";
    public const string Odt = "application/vnd.oasis.opendocument.text";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Text = "text/plain; charset=utf-8";

    public static readonly IReadOnlyDictionary<string, string> Extensions = new Dictionary<string, string>
    {
        [Pdf] = ".pdf", [Odt] = ".odt", [Docx] = ".docx", [Text] = ".txt",
    };

    /// <summary>The content type the bytes show, or null when they are none of the accepted kinds.</summary>
    public static string? Detect(byte[] content)
    {
        if (content.Length == 0)
        {
            return null;
        }
        if (content.AsSpan().StartsWith("%PDF-"u8))
        {
            return Pdf;
        }
        if (content.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return OfficeDocument(content);
        }
        return IsPlainText(content) ? Text : null;
    }

    // ODF puts an uncompressed "mimetype" entry first; OOXML word documents have word/document.xml
    // and the content-types part. Only the central directory and that one small entry are read.
    private static string? OfficeDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (zip.GetEntry("mimetype") is { Length: < 100 } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                return reader.ReadToEnd().Trim() == Odt ? Odt : null;
            }
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null ? Docx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool IsPlainText(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        return !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
    }

    /// <summary>
    /// A file name safe to store and to offer for download: the last path segment, without control
    /// or path characters, at most 150 characters, ending in the extension of the detected kind.
    /// </summary>
    public static string SafeFileName(string? name, string contentType)
    {
        var extension = Extensions[contentType];
        var last = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var cleaned = new string([.. last.Where(c => !char.IsControl(c) && c is not ('/' or '"' or '<' or '>' or ':' or '|' or '?' or '*'))]).Trim().Trim('.');
        var stem = Path.GetFileNameWithoutExtension(cleaned);
        if (stem.Length == 0)
        {
            stem = "document";
        }
        return (stem.Length > 150 ? stem[..150] : stem) + extension;
    }
}
