using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Web.Components;
using VanBinnenuit.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddWebFrontend();

var app = builder.Build();

app.UseWebFrontend();
app.MapDefaultEndpoints();
app.MapSignInEndpoints();
app.MapExportEndpoints();
app.MapRazorComponents<App>();

app.Run();
