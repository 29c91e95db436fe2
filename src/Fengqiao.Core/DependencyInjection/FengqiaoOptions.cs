namespace Fengqiao.DependencyInjection;

/// <summary>Options of the library (配置项), validated when the host starts resolving services.</summary>
public sealed class FengqiaoOptions
{
    /// <summary>Gets or sets the IANA time zone that turns instants into civil dates; default <c>Asia/Shanghai</c>.</summary>
    public string TimeZoneId { get; set; } = "Asia/Shanghai";
}
