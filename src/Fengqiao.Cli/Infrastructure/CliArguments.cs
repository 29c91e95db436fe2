using System.CommandLine;
using Fengqiao.Errors;
using Fengqiao.Jurisdictions;
using NodaTime;
using NodaTime.Text;

namespace Fengqiao.Cli.Infrastructure;

/// <summary>How every command reads dates, areas and database paths, so that each error has one code and one wording.</summary>
internal static class CliArguments
{
    /// <summary>Parses a <c>yyyy-MM-dd</c> option value; anything else is <c>Cli.InvalidDate</c> naming the option.</summary>
    public static LocalDate ParseDate(string text, string option)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new ValidationException("Cli.InvalidDate", option, $"'{(text.Length <= 20 ? text : text[..20])}' is not a date in yyyy-MM-dd form / 日期须为 yyyy-MM-dd 格式.");
    }

    /// <summary>Parses <c>--from</c> and <c>--to</c> (both included); the end may not come before the start.</summary>
    public static DateInterval ParsePeriod(ParseResult parse, Option<string> from, Option<string> to)
    {
        var first = ParseDate(parse.GetRequiredValue(from), from.Name);
        var last = ParseDate(parse.GetRequiredValue(to), to.Name);
        return last >= first
            ? new DateInterval(first, last)
            : throw new ValidationException("Cli.Usage", to.Name, "--to must not be before --from / 截止日期不能早于起始日期");
    }

    /// <summary>Parses an optional <c>--grid</c> value: a grid or division code of 6 to 15 digits.</summary>
    public static JurisdictionCode? ParseArea(string? text, string option) =>
        string.IsNullOrWhiteSpace(text) ? null
        : JurisdictionCode.TryParse(text.Trim(), out var code) ? code
        : throw new ValidationException(ErrorCodes.JurisdictionCodeInvalid, option, $"{option} must be a division or grid code of 6 to 15 digits / 须为 6–15 位区划或网格代码");

    /// <summary>Formats a date as <c>yyyy-MM-dd</c>.</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>The full path of a database a report reads: it must exist, a report never creates one.</summary>
    public static string ExistingDatabase(ParseResult parse, Option<FileInfo> database)
    {
        var path = parse.GetRequiredValue(database).FullName;
        return File.Exists(path)
            ? path
            : throw new ValidationException("Cli.Usage", database.Name, $"The database {path} does not exist / 数据库文件不存在");
    }
}
