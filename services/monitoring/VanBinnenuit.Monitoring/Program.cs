using VanBinnenuit.Monitoring.Apis;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.Monitoring.Extensions;
using VanBinnenuit.ReadModels;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.ServiceDefaults.Auth;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMonitoringServices();

var app = builder.Build();

app.UseServiceDefaults();
app.UseTokenValidation();
app.MapDefaultEndpoints();
app.MapReadModelsApi<MonitoringDbContext>();
app.MapSessionReportsApi();
app.MapIndicatorsApi();
app.MapBreakdownApi();
app.MapCoverageGapsApi();
app.MapAttitudesApi();
app.MapProgrammeReportApi();
app.MapExactFigureReadsApi();

app.Run();
