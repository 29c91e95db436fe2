namespace Fengqiao.Grids.Mapping;

/// <summary>What each grid is labelled with on a map.</summary>
public enum GridMapLabels
{
    /// <summary>No labels.</summary>
    None = 0,

    /// <summary>The grid's name (its code when the name is empty).</summary>
    Name = 1,

    /// <summary>The grid's code.</summary>
    Code = 2,

    /// <summary>The name, with the code in smaller type below it.</summary>
    NameAndCode = 3,
}
