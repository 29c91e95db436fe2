namespace Fengqiao.Patrols.Incidents;

/// <summary>Which way a 12345 hand-off went.</summary>
public enum HandOffDirection
{
    /// <summary>A non-police matter passed from 110 to 12345 (非警务警情分流).</summary>
    To12345 = 1,

    /// <summary>A police matter received from 12345 and accepted (12345 转警受理).</summary>
    From12345 = 2,
}
