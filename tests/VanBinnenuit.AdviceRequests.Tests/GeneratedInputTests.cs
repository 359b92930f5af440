using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.AdviceRequests.Data;
using static VanBinnenuit.AdviceRequests.Tests.CaseRequests;

namespace VanBinnenuit.AdviceRequests.Tests;

/// <summary>Whatever a client sends to an advice-requests write endpoint, the answer is a success or a 4xx problem, never a 5xx, and never half a write.</summary>
[Collection(AdviceRequestsCollection.Name)]
public sealed class GeneratedInputTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private static readonly Gen<string> Body = GeneratedJson.Bodies(
        "municipalityCode", "communityIds", "organisationIds", "topicCodes", "approachStep", "question", "hopes", "hopesOther",
        "desiredFrom", "desiredUntil", "timingNote", "contact", "name", "email", "phone", "action", "advisorId", "result", "reason",
        "text", "steps", "pitfallIds", "goodExampleIds", "internal", "communityId", "audience", "languages", "preferredFrom",
        "preferredUntil", "kind", "number", "title", "body");

    private AdviceRequestsApiFactory _factory = null!;

    public async Task InitializeAsync() => _factory = await AdviceRequestsApiFactory.StartAsync(infrastructure, "advice_gen");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Generated_bodies_for_every_write_endpoint_never_answer_5xx_or_leave_half_a_write()
    {
        using var coordinator = _factory.Coordinator();
        var submitted = await SubmitAsync(coordinator);
        var inProgress = await InProgressAsync(_factory);
        (string Method, string Path)[] writes =
        [
            ("POST", "/v1/advice-requests"), ("POST", $"/v1/advice-requests/{submitted}/status-changes"),
            ("POST", $"/v1/advice-requests/{inProgress}/status-changes"), ("PUT", $"/v1/advice-requests/{inProgress}/advice"),
            ("POST", $"/v1/advice-requests/{inProgress}/series-request"), ("POST", $"/v1/advice-requests/{submitted}/messages"),
            ("POST", $"/v1/advice-requests/{submitted}/documents"), ("POST", "/v1/knowledge-base"),
            ("PUT", "/v1/knowledge-base/01930000-0000-7000-8000-00000000b001"),
        ];
        await GeneratedJson.AssertNoServerErrorsAsync(coordinator, writes, Body);

        // Uploads: any bytes under any name (random, or starting like a PDF or a zip) are stored or refused, never a 5xx.
        var files = Gen.Select(
            Gen.Frequency((2, Gen.Byte.Array[0, 2000]), (1, Gen.Byte.Array[0, 500].Select(b => (byte[])[.. "%PDF-"u8, .. b])),
                (1, Gen.Byte.Array[0, 500].Select(b => (byte[])[.. "PK\u0003\u0004"u8, .. b]))),
            GeneratedJson.Text);
        await files.SampleAsync(async file =>
        {
            var (content, name) = file;
            using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", FileName(name) } };
            using var response = await coordinator.PostAsync($"/v1/advice-requests/{submitted}/documents", form);
            Assert.True((int)response.StatusCode is 201 or 400 or 413 or 415, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }, iter: 60);

        // Every request that exists was stored whole: its submission heads its trail, and each
        // entry starts from the state the one before it left.
        using var scope = _factory.Services.CreateScope();
        var requests = await scope.ServiceProvider.GetRequiredService<AdviceRequestsDbContext>().Requests.AsNoTracking().ToListAsync();
        Assert.All(requests, request =>
        {
            Assert.Equal("submit", request.Trail[0].Action);
            Assert.All(request.Trail.Zip(request.Trail.Skip(1)), pair => Assert.Equal(pair.First.After, pair.Second.Before));
            Assert.False(string.IsNullOrEmpty(request.Question));
        });
    }

    // What an HTTP client can put in a Content-Disposition header: no control characters or quotes.
    private static string FileName(string name)
    {
        var cleaned = new string([.. name.Where(c => !char.IsControl(c) && c != '"' && !char.IsSurrogate(c))]);
        return string.IsNullOrWhiteSpace(cleaned) ? "x" : cleaned;
    }
}
