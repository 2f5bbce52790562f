using System.Security.Cryptography;
using CampusG.Receipts.Domain;
using CampusG.Receipts.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampusG.Receipts.Features;

/// <summary>
/// The links' HMAC key: <c>Receipts:SigningKey</c> when set, else one generated once and kept in the module's database,
/// so a restart keeps links valid and every process of a distributed deployment signs alike (the first insert wins).
/// </summary>
internal sealed class LinkKeyProvider(IServiceScopeFactory scopes, IOptions<ReceiptsOptions> options)
{
    private byte[]? _key;

    public async Task<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is { } known)
        {
            return known;
        }

        if (options.Value.SigningKey is { Length: > 0 } configured)
        {
            var bytes = Convert.FromBase64String(configured);
            return _key = bytes.Length >= 32 ? bytes : throw new InvalidOperationException("Receipts:SigningKey must be at least 32 bytes (base64).");
        }

        return _key = await LoadOrCreateAsync(cancellationToken);
    }

    private async Task<byte[]> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReceiptsDbContext>();
        if (await db.SigningKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Name == LinkSigningKey.LinkKeyName, cancellationToken) is { } stored)
        {
            return Convert.FromBase64String(stored.Key);
        }

        try
        {
            var key = RandomNumberGenerator.GetBytes(32);
            db.SigningKeys.Add(new LinkSigningKey { Name = LinkSigningKey.LinkKeyName, Key = Convert.ToBase64String(key) });
            await db.SaveChangesAsync(cancellationToken);
            return key;
        }
        catch (DbUpdateException)
        {
            // Another process stored its key first: use that one.
            db.ChangeTracker.Clear();
            var winner = await db.SigningKeys.AsNoTracking().SingleAsync(k => k.Name == LinkSigningKey.LinkKeyName, cancellationToken);
            return Convert.FromBase64String(winner.Key);
        }
    }
}

/// <summary>
/// Loads (or creates) the links' key at start, after the migrations and before any message is handled, so a handler never
/// writes it inside its own transaction.
/// </summary>
internal sealed class LinkKeyWarmUp(LinkKeyProvider keys) : Microsoft.Extensions.Hosting.IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => keys.GetAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
