using VanBinnenuit.ApiKit;
using VanBinnenuit.Gateway.Extensions;
using VanBinnenuit.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApiDefaults();
builder.AddGateway();
builder.AddIngressForwarding();

var app = builder.Build();

app.UseForwardedHeadersFromIngress();
app.UseSecurityHeaders();
app.UseServiceDefaults();
app.UseApiDefaults();
app.UseAuthentication();
app.UseRateLimiter();
app.UseRequestSizeLimit();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapLandingPage();
app.MapReverseProxy(proxy => proxy.UseUpstreamProblems());

app.Run();
