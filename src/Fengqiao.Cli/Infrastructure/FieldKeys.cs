using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json;
using Fengqiao.Errors;
using Fengqiao.Privacy;

namespace Fengqiao.Cli.Infrastructure;

/// <summary>
/// Where the tool finds the keys that protect citizen IDs and phone numbers in a database: <c>--keys FILE</c>,
/// else the file named by <c>FENGQIAO_KEYS</c>, else <c>DB.keys.json</c> beside a SQLite database, created with
/// fresh random keys the first time (and reported on stderr: whoever copies the database must copy or guard
/// the key file separately).
/// </summary>
internal static class FieldKeys
{
    /// <summary>The key file option, understood by every command that opens a database.</summary>
    public static readonly Option<FileInfo?> Option = new("--keys")
    {
        Description = "Field protection key file (JSON: currentKeyId, keys, indexKey); default DB.keys.json beside a SQLite database / 敏感字段加密密钥文件",
        Recursive = true,
    };

    public const string EnvironmentVariable = "FENGQIAO_KEYS";

    /// <summary>Finds or creates the key file and returns the protector.</summary>
    /// <param name="keysFile">The <c>--keys</c> value, if given.</param>
    /// <param name="sqlitePath">The SQLite database path, when the database is SQLite.</param>
    /// <param name="console">Where to report a newly created key file.</param>
    /// <returns>The protector.</returns>
    public static IFieldProtector Resolve(FileInfo? keysFile, string? sqlitePath, CliConsole console)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var path = keysFile?.FullName
            ?? (!string.IsNullOrWhiteSpace(fromEnvironment) ? Path.GetFullPath(fromEnvironment)
            : sqlitePath is not null ? sqlitePath + ".keys.json"
            : throw KeyError("A PostgreSQL database needs its key file: give --keys FILE or set FENGQIAO_KEYS / PostgreSQL 数据库须指定密钥文件"));
        if (!File.Exists(path))
        {
            if (keysFile is not null)
            {
                throw KeyError($"The key file {path} does not exist / 密钥文件不存在");
            }

            Create(path);
            console.Error.WriteLine($"Created field protection keys {path}; keep it apart from the database / 已生成敏感字段密钥文件，请与数据库分开保管");
        }

        return new AesGcmFieldProtector(Read(path));
    }

    private static FieldProtectionOptions Read(string path)
    {
        try
        {
            var file = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path), CliConsole.JsonOptions)
                ?? throw KeyError($"The key file {path} is empty / 密钥文件为空");
            var options = new FieldProtectionOptions { CurrentKeyId = file.CurrentKeyId, IndexKey = Convert.FromBase64String(file.IndexKey ?? string.Empty) };
            foreach (var (id, key) in file.Keys ?? [])
            {
                options.Keys[id] = Convert.FromBase64String(key);
            }

            return options;
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw KeyError($"The key file {path} is not valid (JSON with base64 keys expected) / 密钥文件格式无效");
        }
    }

    private static void Create(string path)
    {
        var file = new KeyFile
        {
            CurrentKeyId = "k1",
            Keys = new Dictionary<string, string>(StringComparer.Ordinal) { ["k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) },
            IndexKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        JsonSerializer.Serialize(stream, file, CliConsole.JsonOptions);
    }

    private static ValidationException KeyError(string message) => new("Cli.Keys", "--keys", message);

    private sealed class KeyFile
    {
        public string? CurrentKeyId { get; set; }

        public Dictionary<string, string>? Keys { get; set; }

        public string? IndexKey { get; set; }
    }
}
