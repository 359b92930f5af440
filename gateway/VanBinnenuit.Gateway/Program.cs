using VanBinnenuit.ApiKit;
using VanBinnenuit.Gateway.Extensions;
using VanBinnenuit.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApiDefaults();
builder.AddGateway();

var app = builder.Build();

app.UseSecurityHeaders();
app.UseServiceDefaults();
app.UseApiDefaults();
app.UseAuthentication();
app.UseRateLimiter();
app.UseRequestSizeLimit();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapLandingPage();
app.MapReverseProxy();

app.Run();
