namespace Fengqiao.Services.WorkOrders;

/// <summary>Where a grid work order stands: "群众点单、村(社区)派单、网格员接单、党委晒单".</summary>
public enum WorkOrderStatus
{
    /// <summary>Ordered by a citizen (群众点单).</summary>
    Ordered = 1,

    /// <summary>Dispatched by the village/community to a grid worker (村(社区)派单).</summary>
    Dispatched = 2,

    /// <summary>Taken by the grid worker, claimed from the list (网格员接单, 清单式认领).</summary>
    Accepted = 3,

    /// <summary>Done, with evidence, closed on the map (挂图式销账).</summary>
    Completed = 4,

    /// <summary>Published by the party committee (党委晒单).</summary>
    Published = 5,

    /// <summary>Cancelled before completion (撤单).</summary>
    Cancelled = 6,
}
