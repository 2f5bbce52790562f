using CampusG.Auth;
using CampusG.Hosting;

namespace CampusG.Host.Distributed;

/// <summary>
/// A distributed deployment's processes share one token signing key from configuration, never a file (docs/api.md,
/// "Sessions, limits and privacy"): the launcher makes one for its run when none is configured, and its children get
/// it with the rest of its configuration, as environment variables (<see cref="ChildProcess"/>); a module process
/// without one stops before it starts, saying what to set.
/// </summary>
internal static class SharedSigningKey
{
    public static void Provide(ConfigurationManager configuration, HostRole role)
    {
        if (role.Kind == HostKind.Launcher)
        {
            if (string.IsNullOrEmpty(configuration[SigningKey.ConfigurationKey]))
            {
                configuration.AddInMemoryCollection([new(SigningKey.ConfigurationKey, SigningKey.Generate())]);
            }
        }
        else if (role.IsDistributed)
        {
            SigningKey.RequireConfigured(configuration);
        }
    }
}
