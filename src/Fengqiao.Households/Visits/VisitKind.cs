namespace Fengqiao.Households.Visits;

/// <summary>How a visit was made.</summary>
public enum VisitKind
{
    /// <summary>A visit to the household (走访).</summary>
    Visit = 0,

    /// <summary>A home visit inside the dwelling (入户).</summary>
    HomeVisit = 1,

    /// <summary>A follow-up call by phone (电话回访).</summary>
    Phone = 2,
}
