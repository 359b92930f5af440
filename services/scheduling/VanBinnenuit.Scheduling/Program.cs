using VanBinnenuit.ApiKit;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ReadModels;
using VanBinnenuit.Scheduling.Apis;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Scheduling.Extensions;
using VanBinnenuit.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApiDefaults();
builder.AddSchedulingServices();

var app = builder.Build();

app.UseServiceDefaults();
app.UseApiDefaults();
app.UseTokenValidation();
app.MapDefaultEndpoints();
app.MapApiDocuments();
app.MapReadModelsApi<SchedulingDbContext>();
app.MapLeaderProfilesApi();
app.MapSeriesApi();
app.MapSeriesLeaderApi();
app.MapSessionsApi();
app.MapSessionCalendarApi();
app.MapCalendarFeedsApi();
app.MapProgrammeApi();
app.MapKnowledgeMeetingsApi();

app.Run();
