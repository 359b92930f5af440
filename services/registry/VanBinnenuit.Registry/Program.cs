using VanBinnenuit.ApiKit;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Registry.Apis;
using VanBinnenuit.Registry.Extensions;
using VanBinnenuit.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApiDefaults();
builder.AddRegistryServices();

var app = builder.Build();

app.UseServiceDefaults();
app.UseApiDefaults();
app.UseTokenValidation();
app.MapDefaultEndpoints();
app.MapApiDocuments();
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
