namespace CampusG.Testing;

/// <summary>
/// A CampusG deployment that is already running, at the gateway address in <c>CAMPUSG_TEST_BASE_URL</c> (the
/// container stack of scripts/container-test.sh). Tests reach it only over HTTP; it is not stopped by them.
/// </summary>
public sealed class DeployedCampusG : ICampusG
{
    public const string BaseUrlVariable = "CAMPUSG_TEST_BASE_URL";

    private DeployedCampusG(Uri baseAddress)
    {
        BaseAddress = baseAddress;
        Client = CreateClient();
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>The deployment named by <c>CAMPUSG_TEST_BASE_URL</c>, or null when it is unset (tests start their own hosts).</summary>
    public static DeployedCampusG? FromEnvironment()
    {
        var url = Environment.GetEnvironmentVariable(BaseUrlVariable);
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"
            ? new DeployedCampusG(address)
            : throw new InvalidOperationException($"{BaseUrlVariable} is '{url}'; set an absolute http(s) URL such as http://127.0.0.1:5080.");
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        return ValueTask.CompletedTask;
    }
}
