namespace Fengqiao.Services.Catalog;

/// <summary>The datatype of a request attribute, as Open311 GeoReport v2 names them.</summary>
public enum AttributeDatatype
{
    /// <summary>A short string (<c>string</c>).</summary>
    ShortText = 1,

    /// <summary>A number (<c>number</c>).</summary>
    Number = 2,

    /// <summary>A date and time, ISO 8601 (<c>datetime</c>).</summary>
    Datetime = 3,

    /// <summary>A longer text (<c>text</c>).</summary>
    Text = 4,

    /// <summary>One key from the value list (<c>singlevaluelist</c>).</summary>
    SingleValueList = 5,

    /// <summary>Any keys from the value list (<c>multivaluelist</c>), stored comma-separated.</summary>
    MultiValueList = 6,
}
