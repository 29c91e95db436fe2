namespace Fengqiao.Households.Ledgers;

/// <summary>The stage an import has reached, as reported by <see cref="LedgerProgress"/>.</summary>
public enum LedgerPhase
{
    /// <summary>Reading and checking rows one by one.</summary>
    Reading,

    /// <summary>Checking the file's households against each other and against the records held.</summary>
    Checking,

    /// <summary>Writing valid households.</summary>
    Writing,

    /// <summary>Finished.</summary>
    Done,
}
