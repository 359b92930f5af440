using VanBinnenuit.Registry.Apis;
using VanBinnenuit.Registry.Extensions;
using VanBinnenuit.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddRegistryServices();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapMunicipalitiesApi();
app.MapMunicipalityAnnouncementsApi();

app.Run();
