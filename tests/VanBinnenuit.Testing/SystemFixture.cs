using Aspire.Hosting;
using Aspire.Hosting.Testing;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Testing;

/// <summary>The whole system as <c>./run.sh</c> starts it (infrastructure, services, gateway), on random ports.</summary>
public sealed class SystemFixture() : AppHostFixture
{
    /// <summary>A client for the gateway, the only way in for a browser or a municipality's system.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    protected override async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        await App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, cancellationToken);
        Gateway = App.CreateHttpClient(ResourceNames.Gateway);
    }

    public override async Task DisposeAsync()
    {
        Gateway?.Dispose();
        await base.DisposeAsync();
    }
}
