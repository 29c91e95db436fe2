namespace Fengqiao.Grids;

/// <summary>
/// The stable error codes of the grids module (网格模块错误码). Codes never change meaning once
/// published; each feature keeps its codes in its own part of this class.
/// </summary>
public static partial class GridErrorCodes
{
}
