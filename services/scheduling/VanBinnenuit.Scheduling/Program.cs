using VanBinnenuit.Scheduling.Apis;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Scheduling.Extensions;
using VanBinnenuit.ReadModels;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.ServiceDefaults.Auth;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddSchedulingServices();

var app = builder.Build();

app.UseServiceDefaults();
app.UseTokenValidation();
app.MapDefaultEndpoints();
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
