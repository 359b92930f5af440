using VanBinnenuit.ApiKit;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Monitoring.Apis;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.Monitoring.Extensions;
using VanBinnenuit.ReadModels;
using VanBinnenuit.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApiDefaults();
builder.AddMonitoringServices();

var app = builder.Build();

app.UseServiceDefaults();
app.UseApiDefaults();
app.UseTokenValidation();
app.MapDefaultEndpoints();
app.MapApiDocuments();
app.MapReadModelsApi<MonitoringDbContext>();
app.MapSessionReportsApi();
app.MapIndicatorsApi();
app.MapBreakdownApi();
app.MapCoverageGapsApi();
app.MapAttitudesApi();
app.MapProgrammeReportApi();
app.MapExactFigureReadsApi();

app.Run();
