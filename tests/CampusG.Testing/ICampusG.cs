namespace CampusG.Testing;

/// <summary>
/// A running CampusG that tests speak HTTP to: a host this test process started (<see cref="CampusGHost"/>) or a
/// deployment already running elsewhere (<see cref="DeployedCampusG"/>).
/// </summary>
public interface ICampusG : IAsyncDisposable
{
    Uri BaseAddress { get; }

    /// <summary>A client for <see cref="BaseAddress"/>, disposed with this.</summary>
    HttpClient Client { get; }

    /// <summary>Another client for <see cref="BaseAddress"/> (e.g. for a second user); the caller disposes it.</summary>
    HttpClient CreateClient();
}
