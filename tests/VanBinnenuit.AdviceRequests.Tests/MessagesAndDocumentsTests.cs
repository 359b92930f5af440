using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static VanBinnenuit.AdviceRequests.Tests.CaseRequests;

namespace VanBinnenuit.AdviceRequests.Tests;

[Collection(AdviceRequestsCollection.Name)]
public sealed class MessagesAndDocumentsTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private AdviceRequestsApiFactory _factory = null!;

    // A small limit, so "too large" is tested without sending 10 MB.
    public async Task InitializeAsync() => _factory = await AdviceRequestsApiFactory.StartAsync(infrastructure, "advice_documents",
        new Dictionary<string, string> { ["AdviceRequests:Documents:MaxBytes"] = "4096" });

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_municipality_and_the_advisor_both_see_messages_but_internal_notes_only_the_alliance()
    {
        using var officer = _factory.Officer();
        using var advisor = _factory.Advisor();
        var id = await InProgressAsync(_factory);
        await OkAsync(officer.PostAsJsonAsync($"/v1/advice-requests/{id}/messages", new { text = "Wanneer kunnen we praten?" }));
        await OkAsync(advisor.PostAsJsonAsync($"/v1/advice-requests/{id}/messages", new { text = "Volgende week dinsdag." }));
        await OkAsync(advisor.PostAsJsonAsync($"/v1/advice-requests/{id}/messages", new { text = "Gevoelig: eerst met de sleutelfiguur overleggen.", @internal = true }));

        var seenByOfficer = (await GetAsync(officer, $"/v1/advice-requests/{id}/messages")).EnumerateArray().Select(m => m.GetProperty("text").GetString()).ToList();
        Assert.Equal(["Wanneer kunnen we praten?", "Volgende week dinsdag."], seenByOfficer);
        var seenByAdvisor = (await GetAsync(advisor, $"/v1/advice-requests/{id}/messages")).EnumerateArray().ToList();
        Assert.Equal(3, seenByAdvisor.Count);
        Assert.True(seenByAdvisor[2].GetProperty("internal").GetBoolean());

        using var internalByOfficer = await officer.PostAsJsonAsync($"/v1/advice-requests/{id}/messages", new { text = "Intern?", @internal = true });
        await internalByOfficer.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_advisor_of_another_advisors_request_reads_neither_its_internal_notes_nor_its_documents()
    {
        using var officer = _factory.Officer();
        using var advisor = _factory.Advisor();
        using var otherAdvisor = _factory.Advisor(AdviceRequestsApiFactory.AdvisorB);
        var id = await InProgressAsync(_factory);
        await OkAsync(officer.PostAsJsonAsync($"/v1/advice-requests/{id}/messages", new { text = "Wanneer kunnen we praten?" }));
        await OkAsync(advisor.PostAsJsonAsync($"/v1/advice-requests/{id}/messages", new { text = "Zij vertelde over geweld thuis.", @internal = true }));
        using var upload = await officer.PostAsync($"/v1/advice-requests/{id}/documents", Upload(Pdf, "nota.pdf"));
        var document = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var seen = (await GetAsync(otherAdvisor, $"/v1/advice-requests/{id}/messages")).EnumerateArray().Select(m => m.GetProperty("text").GetString()).ToList();
        Assert.Equal(["Wanneer kunnen we praten?"], seen);
        using var list = await otherAdvisor.GetAsync($"/v1/advice-requests/{id}/documents");
        await list.AssertProblemAsync(HttpStatusCode.Forbidden);
        using var download = await otherAdvisor.GetAsync($"/v1/advice-requests/{id}/documents/{document}");
        await download.AssertProblemAsync(HttpStatusCode.Forbidden);
        // The handling advisor and a coordinator read both.
        Assert.Equal(2, (await GetAsync(advisor, $"/v1/advice-requests/{id}/messages")).GetArrayLength());
        using var coordinator = _factory.Coordinator();
        Assert.Equal(2, (await GetAsync(coordinator, $"/v1/advice-requests/{id}/messages")).GetArrayLength());
        Assert.Equal(1, (await GetAsync(advisor, $"/v1/advice-requests/{id}/documents")).GetArrayLength());
    }

    [Fact]
    public async Task The_municipality_sees_the_advice_once_it_is_given_not_while_it_is_drafted()
    {
        using var officer = _factory.Officer();
        using var advisor = _factory.Advisor();
        var id = await InProgressAsync(_factory);
        await OkAsync(SendAsync(advisor, HttpMethod.Put, $"/v1/advice-requests/{id}/advice", new { text = "Concept: eerst de sleutelfiguren spreken." }));
        Assert.Equal(JsonValueKind.Object, (await GetAsync(advisor, $"/v1/advice-requests/{id}")).GetProperty("advice").ValueKind);
        Assert.False((await GetAsync(officer, $"/v1/advice-requests/{id}")).TryGetProperty("advice", out _));
        var listed = (await GetAsync(officer, "/v1/advice-requests?pageSize=100")).GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.False(listed.TryGetProperty("advice", out _));

        await OkAsync(MoveAsync(advisor, id, new { action = "give-advice" }));
        var given = await GetAsync(officer, $"/v1/advice-requests/{id}");
        Assert.Equal("Concept: eerst de sleutelfiguren spreken.", given.GetProperty("advice").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Officer_A_can_neither_read_nor_write_on_a_request_of_municipality_B()
    {
        using var otherOfficer = _factory.Officer("GM0599");
        var id = await InProgressAsync(_factory);
        using var read = await otherOfficer.GetAsync($"/v1/advice-requests/{id}/messages");
        await read.AssertProblemAsync(HttpStatusCode.NotFound);
        using var write = await otherOfficer.PostAsJsonAsync($"/v1/advice-requests/{id}/messages", new { text = "Hallo" });
        await write.AssertProblemAsync(HttpStatusCode.NotFound);
        using var upload = await otherOfficer.PostAsync($"/v1/advice-requests/{id}/documents", Upload(Pdf, "nota.pdf"));
        await upload.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    public static MultipartFormDataContent Upload(byte[] content, string name, string declaredType = "application/pdf")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.NoCompression).Open());
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }

    [Fact]
    public async Task Documents_are_recognised_by_their_content_not_their_name()
    {
        using var officer = _factory.Officer();
        var id = await SubmitAsync(officer);
        (byte[] Content, string Name, string? Expected)[] cases =
        [
            (Pdf, "beleidsnota.pdf", "application/pdf"),
            (Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")), "nota.odt", "application/vnd.oasis.opendocument.text"),
            (Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")), "lijst.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            (Encoding.UTF8.GetBytes("Stichting Salaam, Amsterdam-Noord\nVereniging Ayla\n"), "organisaties.txt", "text/plain; charset=utf-8"),
            ([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00], "nota.pdf", null),
            (Zip(("xl/workbook.xml", "<workbook/>"), ("[Content_Types].xml", "<Types/>")), "cijfers.docx", null),
            ([0xFF, 0xFE, 0x00, 0x41], "tekst.txt", null),
            ([], "leeg.pdf", null),
        ];
        foreach (var (content, name, expected) in cases)
        {
            using var response = await officer.PostAsync($"/v1/advice-requests/{id}/documents", Upload(content, name));
            if (expected is null)
            {
                await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
                continue;
            }
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var document = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((expected, (long)content.Length), (document.GetProperty("contentType").GetString(), document.GetProperty("size").GetInt64()));
        }
        var listed = (await GetAsync(officer, $"/v1/advice-requests/{id}/documents")).EnumerateArray().Select(d => d.GetProperty("fileName").GetString()).ToList();
        Assert.Equal(["beleidsnota.pdf", "nota.odt", "lijst.docx", "organisaties.txt"], listed);
    }

    [Fact]
    public async Task A_document_over_the_limit_is_a_413_and_nothing_is_stored()
    {
        using var officer = _factory.Officer();
        var id = await SubmitAsync(officer);
        var large = Encoding.ASCII.GetBytes("%PDF-1.4\n" + new string('x', 5000));
        using var response = await officer.PostAsync($"/v1/advice-requests/{id}/documents", Upload(large, "groot.pdf"));
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty((await GetAsync(officer, $"/v1/advice-requests/{id}/documents")).EnumerateArray());
        using var json = await officer.PostAsJsonAsync($"/v1/advice-requests/{id}/documents", new { file = "x" });
        await json.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_download_is_an_attachment_with_a_safe_name_that_browsers_do_not_sniff()
    {
        using var officer = _factory.Officer();
        using var advisor = _factory.Advisor();
        var id = await SubmitAsync(officer);
        using var added = await officer.PostAsync($"/v1/advice-requests/{id}/documents", Upload(Pdf, "../../etc/nota:|.exe", "text/html"));
        var document = await added.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("nota.pdf", document.GetProperty("fileName").GetString());

        using var download = await advisor.GetAsync($"/v1/advice-requests/{id}/documents/{document.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nota.pdf", download.Content.Headers.ContentDisposition.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        var trail = (await GetAsync(advisor, $"/v1/advice-requests/{id}/audit-trail")).EnumerateArray().Select(e => e.GetProperty("action").GetString());
        Assert.Equal(["submit", "add-document"], trail);
    }

    [Fact]
    public async Task A_document_is_removed_by_whoever_added_it_or_by_those_handling_the_request()
    {
        using var officer = _factory.Officer();
        using var otherAdvisor = _factory.Advisor(AdviceRequestsApiFactory.AdvisorB);
        var id = await InProgressAsync(_factory);
        using var added = await officer.PostAsync($"/v1/advice-requests/{id}/documents", Upload(Pdf, "nota.pdf"));
        var documentId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using (var refused = await otherAdvisor.DeleteAsync($"/v1/advice-requests/{id}/documents/{documentId}"))
        {
            await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        }
        using var removed = await officer.DeleteAsync($"/v1/advice-requests/{id}/documents/{documentId}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Empty((await GetAsync(officer, $"/v1/advice-requests/{id}/documents")).EnumerateArray());
    }
}
