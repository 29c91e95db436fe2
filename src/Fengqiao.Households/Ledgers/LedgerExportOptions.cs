using Fengqiao.Identity;

namespace Fengqiao.Households.Ledgers;

/// <summary>How <see cref="LedgerExporter"/> writes citizen IDs and phone numbers.</summary>
public sealed class LedgerExportOptions
{
    /// <summary>Gets the default options: identifiers masked by <see cref="MaskingPolicy.Default"/>.</summary>
    public static LedgerExportOptions Masked { get; } = new();

    /// <summary>Gets or sets the masking policy for IDs and phone numbers (默认脱敏).</summary>
    public MaskingPolicy Masking { get; set; } = MaskingPolicy.Default;

    /// <summary>
    /// Gets or sets a value indicating whether full, unmasked IDs and phone numbers are written — for a
    /// ledger that must be re-imported elsewhere. The caller must hold
    /// <see cref="Access.FengqiaoPermissions.ReadSensitive"/>, have a stated purpose and audit the export;
    /// the exporter only formats.
    /// </summary>
    public bool RevealIdentifiers { get; set; }
}
