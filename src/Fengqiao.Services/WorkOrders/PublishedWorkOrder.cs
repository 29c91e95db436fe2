using Fengqiao.Jurisdictions;
using NodaTime;

namespace Fengqiao.Services.WorkOrders;

/// <summary>
/// One line of the public listing (晒单): what was done in a grid and how fast — no citizen, no
/// description, no address, no location, no worker.
/// </summary>
/// <param name="Reference">A short public reference (the first 8 hex digits of the order id).</param>
/// <param name="Grid">The grid.</param>
/// <param name="Title">What was ordered.</param>
/// <param name="OrderedOn">The day it was ordered.</param>
/// <param name="CompletedOn">The day it was completed.</param>
/// <param name="DaysTaken">Calendar days from order to completion.</param>
/// <param name="Summary">The published summary.</param>
public sealed record PublishedWorkOrder(string Reference, JurisdictionCode Grid, string Title, LocalDate OrderedOn, LocalDate CompletedOn, int DaysTaken, string Summary);
