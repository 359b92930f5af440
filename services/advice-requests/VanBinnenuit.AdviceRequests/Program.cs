using VanBinnenuit.AdviceRequests.Apis;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.AdviceRequests.Extensions;
using VanBinnenuit.ApiKit;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ReadModels;
using VanBinnenuit.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApiDefaults();
builder.AddAdviceRequestsServices();

var app = builder.Build();

app.UseServiceDefaults();
app.UseApiDefaults();
app.UseTokenValidation();
app.MapDefaultEndpoints();
app.MapApiDocuments();
app.MapReadModelsApi<AdviceRequestsDbContext>();
app.MapAdviceRequestsApi();
app.MapCaseApi();
app.MapMessagesApi();
app.MapDocumentsApi();
app.MapKnowledgeBaseApi();
app.MapServiceLevelsApi();
app.MapAdvisorsApi();

app.Run();
