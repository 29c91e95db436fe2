namespace Fengqiao.Households.Premises;

/// <summary>
/// The inspection hook of premises (场所检查挂接点): a module that records inspections (patrols) implements
/// it so that a premises' inspections can be listed by <see cref="PremisesId"/> without this module
/// knowing the inspection model. Attach summaries to the premises with <see cref="PremisesRecord.AttachInspection"/>.
/// </summary>
public interface IPremisesInspectionSource
{
    /// <summary>Gets the name of the source, as stored in <see cref="PremisesInspectionLink.Source"/>.</summary>
    string Source { get; }

    /// <summary>Streams the inspections of one premises, oldest first.</summary>
    /// <param name="premises">The premises.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The inspections as links.</returns>
    IAsyncEnumerable<PremisesInspectionLink> InspectionsOfAsync(PremisesId premises, CancellationToken cancellationToken = default);
}
