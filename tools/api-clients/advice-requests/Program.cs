// A municipality's case system hands a question to the programme: submit it, attach the policy note, and follow
// the status and the history. Everything below is the generated client; only the token is asked by hand.
using System.Text;
using Gemeente.Advies;
using Gemeente.Advies.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

var gateway = new Uri(args[0]);
var adapter = new HttpClientRequestAdapter(new BaseBearerTokenAuthenticationProvider(new ClientCredentials(gateway, args[1], args[2])))
{
    BaseUrl = new Uri(gateway, "/api/advice-requests/v1").ToString(),
};
var client = new AdviceRequestsClient(adapter);

var submitted = await client.AdviceRequests.PostAsync(new AdviceRequestDraft
{
    MunicipalityCode = args[3],
    ApproachStep = 1,
    Question = "Hoe bereiken wij de Eritrese gemeenschap in onze wijken? (vanuit het zaaksysteem)",
    Hopes = [Hope.Advice],
    Contact = new ContactOfficerDraft { Name = "Zaaksysteem Gemeente", Email = "zaken@gemeente.example" },
});
var id = submitted!.Id!.Value;
Console.WriteLine($"submitted {id} {submitted.Status}");

var note = new MultipartBody();
note.AddOrReplacePart("file", "text/plain", new MemoryStream(Encoding.UTF8.GetBytes("Beleidsnotitie: wijken en bestaande contacten.\n")), "beleidsnotitie.txt");
var document = await client.AdviceRequests[id].Documents.PostAsync(note);
Console.WriteLine($"document {document!.FileName} {document.ContentType} {document.Size}");

var read = await client.AdviceRequests[id].GetAsync();
Console.WriteLine($"status {read!.Status} {read.ServiceLevel?.State}");
foreach (var entry in await client.AdviceRequests[id].AuditTrail.GetAsync() ?? [])
{
    Console.WriteLine($"audit {entry.Action}");
}

try
{
    await client.AdviceRequests.PostAsync(new AdviceRequestDraft { MunicipalityCode = args[3] });
    Console.WriteLine("refused no");
}
catch (ApiException refused)
{
    Console.WriteLine($"refused {refused.ResponseStatusCode}");
}
