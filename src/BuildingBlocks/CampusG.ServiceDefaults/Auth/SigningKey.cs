using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace CampusG.ServiceDefaults.Auth;

internal static class SigningKey
{
    public static SymmetricSecurityKey Resolve(AuthOptions options, IConfiguration configuration)
    {
        var key = options.SigningKey;
        if (string.IsNullOrEmpty(key))
        {
            var directory = configuration["CampusG:DataDirectory"] ?? "./data";
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, "auth-signing.key");
            if (!File.Exists(path))
            {
                // Written once; a racing second process reads what the first wrote.
                try
                {
                    using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                    file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(48))));
                }
                catch (IOException) when (File.Exists(path))
                {
                }
            }

            key = File.ReadAllText(path).Trim();
        }

        if (key.Length < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters.");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
    }
}
