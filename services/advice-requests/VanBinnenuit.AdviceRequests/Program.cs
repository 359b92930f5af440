using VanBinnenuit.AdviceRequests.Apis;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.AdviceRequests.Extensions;
using VanBinnenuit.ReadModels;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.ServiceDefaults.Auth;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAdviceRequestsServices();

var app = builder.Build();

app.UseServiceDefaults();
app.UseTokenValidation();
app.MapDefaultEndpoints();
app.MapReadModelsApi<AdviceRequestsDbContext>();
app.MapAdviceRequestsApi();
app.MapCaseApi();
app.MapMessagesApi();
app.MapDocumentsApi();
app.MapKnowledgeBaseApi();
app.MapServiceLevelsApi();
app.MapAdvisorsApi();

app.Run();
