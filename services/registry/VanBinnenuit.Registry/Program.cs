using VanBinnenuit.Registry.Apis;
using VanBinnenuit.Registry.Extensions;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.ServiceDefaults.Auth;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddRegistryServices();

var app = builder.Build();

app.UseServiceDefaults();
app.UseTokenValidation();
app.MapDefaultEndpoints();
app.MapMunicipalitiesApi();
app.MapMunicipalityDetailsApi();
app.MapMunicipalityAnnouncementsApi();
app.MapCataloguesApi();
app.MapCodeNamesApi();
app.MapCommunitiesApi();
app.MapOrganisationsApi();
app.MapLeadersApi();
app.MapImportsApi();

app.Run();
