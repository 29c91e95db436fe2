namespace Fengqiao.Households.Ledgers;

/// <summary>Whether a ledger row's person is registered here or floating (人口类型).</summary>
public enum LedgerPopulationType
{
    /// <summary>户籍人口: registered (hukou) resident.</summary>
    Registered,

    /// <summary>流动人口: floating resident, with a registration date and an expiry.</summary>
    Floating,
}
