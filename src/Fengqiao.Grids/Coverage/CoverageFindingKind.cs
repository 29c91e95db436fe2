namespace Fengqiao.Grids.Coverage;

/// <summary>What a coverage finding is (覆盖问题类型).</summary>
public enum CoverageFindingKind
{
    /// <summary>Gap (缝隙): part of the parent, or a hole in the grids' union, that no grid covers.</summary>
    Gap = 1,

    /// <summary>Overlap (重叠): area two grids both cover.</summary>
    Overlap = 2,

    /// <summary>Outside the parent (超出上级边界): part of a grid that lies outside its village/township boundary.</summary>
    OutsideParent = 3,
}
