namespace CampusG.Messaging.Transport;

/// <summary>
/// RabbitMQ's topic matching, so both transports route alike: words separated by dots,
/// <c>*</c> matches exactly one word, <c>#</c> zero or more.
/// </summary>
public static class TopicPattern
{
    public static bool IsPattern(string binding) => binding.Contains('*', StringComparison.Ordinal) || binding.Contains('#', StringComparison.Ordinal);

    public static bool Matches(string pattern, string routingKey)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(routingKey);
        return Match(pattern.Split('.'), 0, routingKey.Split('.'), 0);
    }

    private static bool Match(string[] pattern, int p, string[] key, int k)
    {
        if (p == pattern.Length)
        {
            return k == key.Length;
        }

        if (pattern[p] == "#")
        {
            for (var skip = k; skip <= key.Length; skip++)
            {
                if (Match(pattern, p + 1, key, skip))
                {
                    return true;
                }
            }

            return false;
        }

        return k < key.Length
            && (pattern[p] == "*" || string.Equals(pattern[p], key[k], StringComparison.Ordinal))
            && Match(pattern, p + 1, key, k + 1);
    }
}
