namespace Fengqiao.Grids;

/// <summary>The error codes of the jurisdiction tree, grids, police beats, staffing, training and seeds.</summary>
public static partial class GridErrorCodes
{
    /// <summary>A validity period ends on or before it starts.</summary>
    public const string PeriodInvalid = "Grids.PeriodInvalid";

    /// <summary>A change is dated on or before the start of the version it would replace.</summary>
    public const string ChangeOutOfOrder = "Grids.ChangeOutOfOrder";

    /// <summary>A division, grid or beat has ended and takes no further changes.</summary>
    public const string Ended = "Grids.Ended";

    /// <summary>A code of the wrong level was given, such as a village code where a grid code is needed.</summary>
    public const string LevelMismatch = "Grids.LevelMismatch";

    /// <summary>A required name or text is empty.</summary>
    public const string NameRequired = "Grids.NameRequired";

    /// <summary>A grid boundary is not a valid WGS-84 polygon or multipolygon.</summary>
    public const string BoundaryInvalid = "Grids.BoundaryInvalid";

    /// <summary>A count, such as expected households or trainees, is negative.</summary>
    public const string CountNegative = "Grids.CountNegative";

    /// <summary>A split or merge names too few parts, repeats a code, or links a record to itself.</summary>
    public const string LineageInvalid = "Grids.LineageInvalid";

    /// <summary>An area lies outside the jurisdiction of the police beat that would cover it.</summary>
    public const string AreaOutsideBeat = "Grids.AreaOutsideBeat";

    /// <summary>A police beat already covers an area in an overlapping period.</summary>
    public const string AreaAlreadyCovered = "Grids.AreaAlreadyCovered";

    /// <summary>A police beat does not cover the area it was asked to release.</summary>
    public const string AreaNotCovered = "Grids.AreaNotCovered";

    /// <summary>A role cannot be assigned at the given level, such as an adviser to a township.</summary>
    public const string RoleLevelInvalid = "Grids.RoleLevelInvalid";

    /// <summary>A staff member already holds the role for the area in an overlapping period.</summary>
    public const string AssignmentOverlap = "Grids.AssignmentOverlap";

    /// <summary>A staff member holds no open assignment of the role for the area.</summary>
    public const string AssignmentNotFound = "Grids.AssignmentNotFound";

    /// <summary>A grid already has a grid adviser (网格指导员) in the period: advisers are one-to-one.</summary>
    public const string GridAdviserTaken = "Grids.GridAdviserTaken";

    /// <summary>A staff member already advises another grid in the period: advisers are one-to-one.</summary>
    public const string GridAdviserBusy = "Grids.GridAdviserBusy";

    /// <summary>A state record has a schema version this library cannot read.</summary>
    public const string StateSchemaUnsupported = "Grids.StateSchemaUnsupported";

    /// <summary>A state record is inconsistent and cannot be turned back into an aggregate.</summary>
    public const string StateInvalid = "Grids.StateInvalid";

    /// <summary>A seed file is missing, malformed or inconsistent.</summary>
    public const string SeedInvalid = "Grids.SeedInvalid";
}
