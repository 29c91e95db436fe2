namespace Fengqiao.Patrols.PatrolLogs;

/// <summary>The kind of an evidence reference (证据类型).</summary>
public enum EvidenceKind
{
    /// <summary>A photo.</summary>
    Photo = 1,

    /// <summary>A body-camera clip (执法记录仪视频).</summary>
    BodyCameraClip = 2,

    /// <summary>Another video, such as a drone recording.</summary>
    Video = 3,

    /// <summary>A document or form.</summary>
    Document = 4,
}
