using VanBinnenuit.ApiKit;
using VanBinnenuit.Identity.Apis;
using VanBinnenuit.Identity.Extensions;
using VanBinnenuit.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApiDefaults();
builder.AddIdentityServices();

var app = builder.Build();

app.UseServiceDefaults();
app.UseApiDefaults();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapDefaultEndpoints();
app.MapApiDocuments();
app.MapAccountApi();
app.MapAuthorizationApi();
app.MapTokenApi();
app.MapAdminApi();

app.Run();
