using Microsoft.Extensions.Configuration;
using VanBinnenuit.AppHost;
using VanBinnenuit.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(CommandLine.Normalise(args));

Infrastructure infrastructure;
try
{
    infrastructure = builder.AddInfrastructure();
}
catch (InfrastructureException ex)
{
    Console.Error.WriteLine($"Van Binnenuit cannot start: {ex.Message}");
    return 1;
}

// Tests of a single service ask for the servers only and host the service themselves.
if (!builder.Configuration.GetValue<bool>("Infrastructure:Only"))
{
    builder.AddVanBinnenuitServices(infrastructure);
    builder.AddDemoProgramme();
}

await builder.Build().RunAsync();
return 0;
