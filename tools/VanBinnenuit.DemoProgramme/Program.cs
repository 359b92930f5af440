using Microsoft.Extensions.Http.Resilience;
using VanBinnenuit.DemoProgramme.Loading;
using VanBinnenuit.ServiceDefaults;

var builder = Host.CreateApplicationBuilder(args);
builder.AddClientDefaults();
// One line per request attempt would bury the progress lines on the dashboard.
builder.Logging.AddFilter("Polly", LogLevel.Warning);
builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
builder.Services.AddSingleton<DemoProgress>();
builder.Services.AddSingleton(TimeProvider.System);
// Writes are not retried: a POST that timed out may have been done, and done twice is a duplicate.
// Replacing the defaults' handler is marked experimental (EXTEXP0001); it is the documented way to do it.
#pragma warning disable EXTEXP0001
builder.Services.AddHttpClient(DemoLoader.ClientName)
    .RemoveAllResilienceHandlers()
    .AddStandardResilienceHandler(resilience => resilience.Retry.DisableForUnsafeHttpMethods());
#pragma warning restore EXTEXP0001
builder.Services.AddHostedService<DemoLoader>();

builder.Build().Run();
