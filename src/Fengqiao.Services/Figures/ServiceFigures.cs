using NodaTime;

namespace Fengqiao.Services.Figures;

/// <summary>
/// The service figures of a period (服务指标): how many requests, how many completed on time, how long
/// they took, complaints and errors ("零投诉、零差错"), work orders published, found items returned.
/// </summary>
/// <param name="Period">The civil dates counted (requests by submission date, work orders by order date, found items by finding date).</param>
/// <param name="Requests">Requests submitted in the period.</param>
/// <param name="Completed">Of those, completed.</param>
/// <param name="CompletedOnTime">Of those, completed within the time limit.</param>
/// <param name="Open">Of those, still open.</param>
/// <param name="Rejected">Of those, rejected.</param>
/// <param name="Withdrawn">Of those, withdrawn.</param>
/// <param name="TransferredToHotline">Of those, handed to 12345.</param>
/// <param name="FromHotline">Of those, received from 12345.</param>
/// <param name="Complaints">Complaints recorded against them.</param>
/// <param name="Errors">Errors recorded against them.</param>
/// <param name="AverageHandlingWorkingDays">Average working days from submission to completion (suspensions excluded), or null when none completed.</param>
/// <param name="WorkOrders">Work orders placed in the period.</param>
/// <param name="WorkOrdersCompleted">Of those, completed (published or not).</param>
/// <param name="WorkOrdersPublished">Of those, published (晒单).</param>
/// <param name="FoundItems">Items found in the period.</param>
/// <param name="FoundItemsReturned">Of those, returned.</param>
/// <param name="AverageMinutesToReturn">Average minutes from finding to return, or null when none returned.</param>
public sealed record ServiceFigures(
    DateInterval Period,
    int Requests,
    int Completed,
    int CompletedOnTime,
    int Open,
    int Rejected,
    int Withdrawn,
    int TransferredToHotline,
    int FromHotline,
    int Complaints,
    int Errors,
    double? AverageHandlingWorkingDays,
    int WorkOrders,
    int WorkOrdersCompleted,
    int WorkOrdersPublished,
    int FoundItems,
    int FoundItemsReturned,
    double? AverageMinutesToReturn)
{
    /// <summary>Gets the on-time rate (按时办结率): completed on time ÷ completed, or null when none completed.</summary>
    public double? OnTimeRate => Completed == 0 ? null : (double)CompletedOnTime / Completed;

    /// <summary>Gets a value indicating whether the period had zero complaints and zero errors (零投诉、零差错).</summary>
    public bool ZeroComplaintsZeroErrors => Complaints == 0 && Errors == 0;
}
