namespace Fengqiao.Services.Catalog;

/// <summary>Where a service can be asked for (办理渠道); a service usually offers several.</summary>
[Flags]
public enum ServiceChannels
{
    /// <summary>No channel.</summary>
    None = 0,

    /// <summary>The station's service window on working days (窗口).</summary>
    Window = 1,

    /// <summary>The "5+2" window, open on weekends too (5+2 错时延时窗口).</summary>
    WeekendWindow = 2,

    /// <summary>Online (网上办).</summary>
    Online = 4,

    /// <summary>On a mobile phone (掌上办).</summary>
    Mobile = 8,

    /// <summary>Door-to-door issuing and delivery (上门办证、送证到家).</summary>
    DoorToDoor = 16,

    /// <summary>By telephone, including the 12345 hotline (电话/热线).</summary>
    Hotline = 32,

    /// <summary>A QR code point (码上办).</summary>
    QrCodePoint = 64,
}
