using VanBinnenuit.Identity.Apis;
using VanBinnenuit.Identity.Extensions;
using VanBinnenuit.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();

app.UseServiceDefaults();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapDefaultEndpoints();
app.MapAccountApi();
app.MapAuthorizationApi();
app.MapTokenApi();
app.MapAdminApi();

app.Run();
