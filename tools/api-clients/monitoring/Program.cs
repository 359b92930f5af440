// A partner's dashboard reads the programme's progress: the overview and one breakdown, read-only.
using Gemeente.Monitoring;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

var gateway = new Uri(args[0]);
var adapter = new HttpClientRequestAdapter(new BaseBearerTokenAuthenticationProvider(new ClientCredentials(gateway, args[1], args[2])))
{
    BaseUrl = new Uri(gateway, "/api/monitoring/v1").ToString(),
};
var client = new MonitoringClient(adapter);

var overview = await client.Indicators.Overview.GetAsync(request => request.QueryParameters.Municipality = args[3]);
Console.WriteLine($"overview {overview!.SessionsHeld} {overview.SeriesStarted} {overview.Suppressed}");
