using Ardalis.GuardClauses;
using Fengqiao.Access;
using Fengqiao.Auditing;
using Fengqiao.Grids;
using Fengqiao.Identifiers;
using Fengqiao.Jurisdictions;
using Fengqiao.Services.LostAndFound;
using Fengqiao.Storage;
using NodaTime;

namespace Fengqiao.Patrols.Incidents.Referrals;

/// <summary>
/// Opens a lost-and-found case (拾得物登记) from a lost-property incident: a <see cref="FoundItem"/> held by the
/// township station over the incident's grid (or the incident's own division above the township level), found when the
/// incident was received, described as the incident was (ID and phone numbers masked), of the kind its description names
/// (身份证, 手机, 钱包/包, 钥匙, otherwise other). The item is saved and audited in one unit of work.
/// </summary>
public sealed class LostAndFoundReferralTarget : IIncidentReferralTarget
{
    private readonly IStorageProvider _provider;
    private readonly IAccessContext _access;
    private readonly IClock _clock;

    /// <summary>Creates the target.</summary>
    /// <param name="provider">The storage backend.</param>
    /// <param name="access">The current principal's scope.</param>
    /// <param name="clock">The clock.</param>
    public LostAndFoundReferralTarget(IStorageProvider provider, IAccessContext access, IClock clock)
    {
        _provider = Guard.Against.Null(provider);
        _access = Guard.Against.Null(access);
        _clock = Guard.Against.Null(clock);
    }

    /// <inheritdoc/>
    public string Name => "lost-and-found";

    /// <inheritdoc/>
    /// <exception cref="Errors.ValidationException">
    /// <see cref="PatrolErrorCodes.ReferralNotApplicable"/> when the incident is not about lost property; the services
    /// module's codes when the item would be invalid (for example an empty description). Nothing was written.
    /// </exception>
    public async Task<string> OpenAsync(IncidentReferral referral, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(referral);
        if (referral.Category != IncidentCategory.LostProperty)
        {
            throw PatrolMessages.Invalid(PatrolErrorCodes.ReferralNotApplicable, "category", referral.Category, Name);
        }

        var station = referral.Jurisdiction.Level > JurisdictionLevel.Township ? referral.Jurisdiction.AncestorAt(JurisdictionLevel.Township) : referral.Jurisdiction;
        var stamp = ChangeStamp.Now(_clock, _access.Scope.PrincipalId);
        var item = FoundItem.Record(FoundItemId.From(TimeOrderedGuid.NewGuid(stamp.At)), station, KindOf(referral.Description), referral.Description, referral.OccurredAt, stamp);
        var session = await _provider.OpenSessionAsync(_access.Scope, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            session.Audit(new AuditEntry(TimeOrderedGuid.NewGuid(stamp.At), stamp.At, stamp.By, "services.found-item.record", nameof(FoundItem), item.Id.ToString(), station, null));
            await session.GetStore<IFoundItemStore>().SaveAsync(item, cancellationToken).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            return item.Id.ToString();
        }
    }

    /// <summary>Reads the item's kind from the words of the report; the first named kind wins.</summary>
    internal static FoundItemKind KindOf(string? description)
    {
        if (string.IsNullOrEmpty(description))
        {
            return FoundItemKind.Other;
        }

        (string Word, FoundItemKind Kind)[] words = [("身份证", FoundItemKind.IdCard), ("手机", FoundItemKind.Phone), ("钱包", FoundItemKind.WalletOrBag), ("钥匙", FoundItemKind.Keys), ("包", FoundItemKind.WalletOrBag)];
        return words.Select(w => (Index: description.IndexOf(w.Word, StringComparison.Ordinal), w.Kind))
            .Where(w => w.Index >= 0)
            .OrderBy(w => w.Index)
            .Select(w => w.Kind)
            .DefaultIfEmpty(FoundItemKind.Other)
            .First();
    }
}
