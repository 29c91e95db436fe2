using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Households.Premises;
using Fengqiao.Households.Residents;
using Fengqiao.Storage;

namespace Fengqiao.Households.Storage;

/// <summary>
/// Key rotation for stored identifiers (密钥轮换): re-saves every resident and every premises record so
/// that SQL backends rewrite their citizen IDs and phone numbers with the protector's current key and
/// recompute the keyed-hash index. Run it after making a new key current (keeping the old key for
/// decryption), in a quiet period: a record changed concurrently makes its batch conflict, and running
/// again finishes the job. See docs/privacy.md.
/// </summary>
public static class IdentifierReprotection
{
    /// <summary>Re-saves all residents and premises in batches, each batch one commit.</summary>
    /// <param name="provider">The storage backend (with the new protector).</param>
    /// <param name="principalId">The account recorded as doing the maintenance.</param>
    /// <param name="batchSize">Records per commit.</param>
    /// <param name="cancellationToken">Cancels between batches.</param>
    /// <returns>The number of records re-saved.</returns>
    public static async Task<int> ReprotectAsync(IStorageProvider provider, string principalId, int batchSize = 1_000, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(provider);
        Guard.Against.NegativeOrZero(batchSize);
        var scope = AccessScope.Unrestricted(Guard.Against.NullOrWhiteSpace(principalId));
        List<Resident> residents;
        List<PremisesRecord> premises;
        var reader = await provider.OpenSessionAsync(scope, cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            residents = await HouseholdSessions.ToListAsync(reader.GetStore<IResidentStore>().QueryAsync(new ResidentQuery(), cancellationToken), cancellationToken).ConfigureAwait(false);
            premises = await HouseholdSessions.ToListAsync(reader.GetStore<IPremisesStore>().QueryAsync(null, null, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        foreach (var chunk in residents.Chunk(batchSize))
        {
            await SaveAsync(provider, scope, session => chunk.Select(r => session.GetStore<IResidentStore>().SaveAsync(r, cancellationToken)), cancellationToken).ConfigureAwait(false);
        }

        foreach (var chunk in premises.Chunk(batchSize))
        {
            await SaveAsync(provider, scope, session => chunk.Select(p => session.GetStore<IPremisesStore>().SaveAsync(p, cancellationToken)), cancellationToken).ConfigureAwait(false);
        }

        return residents.Count + premises.Count;
    }

    private static async Task SaveAsync(IStorageProvider provider, AccessScope scope, Func<IStorageSession, IEnumerable<Task>> saves, CancellationToken cancellationToken)
    {
        var session = await provider.OpenSessionAsync(scope, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            foreach (var save in saves(session))
            {
                await save.ConfigureAwait(false);
            }

            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
