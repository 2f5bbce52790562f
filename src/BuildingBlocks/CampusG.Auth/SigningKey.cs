using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;
using CampusG.Hosting;

namespace CampusG.Auth;

/// <summary>
/// Where the token signing key comes from: <c>Auth:SigningKey</c> when set; else, in embedded mode only, a random key
/// kept in <c>{DataDirectory}/auth-signing.key</c> (mode <c>0600</c>). A distributed deployment's processes share
/// one key from configuration (an environment variable, a Kubernetes Secret), never from a shared file.
/// </summary>
public static class SigningKey
{
    public const string ConfigurationKey = AuthOptions.SectionName + ":" + nameof(AuthOptions.SigningKey);

    public const string FileName = "auth-signing.key";

    private const int MinimumLength = 32;

    /// <summary>A new random key (48 bytes, base64): what the embedded file holds and what a launcher hands its children.</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    /// <summary>Fails with a message saying what to do when a distributed process has no key in its configuration.</summary>
    public static void RequireConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrEmpty(configuration[ConfigurationKey]))
        {
            throw new InvalidOperationException(
                $"{ConfigurationKey} is not set. In distributed mode (CampusG:Mode=Distributed) every process of the deployment "
                + "signs and checks tokens with one shared key from configuration, e.g. the environment variable Auth__SigningKey "
                + $"(from a Kubernetes Secret), at least {MinimumLength} characters; it is never read from a shared file. "
                + "The distributed launcher generates one per run for the processes it starts when none is configured.");
        }
    }

    internal static SymmetricSecurityKey Resolve(AuthOptions options, IConfiguration configuration)
    {
        var key = options.SigningKey;
        if (string.IsNullOrEmpty(key))
        {
            if (HostRole.From(configuration).IsDistributed)
            {
                RequireConfigured(configuration);
            }

            key = ReadOrCreateFile(configuration["CampusG:DataDirectory"] ?? "./data");
        }

        if (key.Length < MinimumLength)
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be at least {MinimumLength} characters.");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
    }

    private static string ReadOrCreateFile(string directory)
    {
        PrivateFiles.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            // Written once, 0600 from the start; a racing second process reads what the first wrote.
            try
            {
                using var file = new FileStream(path, PrivateFiles.NewFile());
                file.Write(Encoding.ASCII.GetBytes(Generate()));
            }
            catch (IOException) when (File.Exists(path))
            {
            }
        }

        // A key file from before keys were private keeps working, and stops being readable by others.
        PrivateFiles.Restrict(path);
        return File.ReadAllText(path).Trim();
    }
}
