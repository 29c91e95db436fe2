using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace Fengqiao.Storage.Tests.PostgreSqlFixture;

/// <summary>
/// A PostgreSQL cluster started from the installed server binaries for one test or benchmark run,
/// without Docker: <c>initdb</c> into a fresh temporary directory, <c>pg_ctl start</c> on a free
/// loopback port (127.0.0.1 only, the Unix socket inside the directory, fsync off), and on
/// dispose <c>pg_ctl stop -m immediate</c> and the directory deleted. Disposal also runs at
/// process exit; a run that was killed outright leaves a directory whose owner process is gone,
/// and the next start stops that cluster and deletes it.
/// </summary>
/// <remarks>
/// initdb refuses to run as root. As root the cluster runs as the <c>postgres</c> system user
/// (created by Debian's postgresql package), or else as a <c>fengqiao-pg</c> system user made
/// with useradd, through <c>runuser</c>. Shared by the storage tests and the benchmarks (linked
/// into the benchmark project as source).
/// </remarks>
internal sealed class ThrowawayPostgreSqlCluster : IDisposable
{
    /// <summary>When "1", a machine without PostgreSQL binaries fails the PostgreSQL tests instead of skipping them.</summary>
    public const string RequireVariable = "FENGQIAO_REQUIRE_POSTGRES";

    /// <summary>A directory holding initdb and pg_ctl, to use instead of searching for them.</summary>
    public const string BinVariable = "FENGQIAO_POSTGRES_BIN";

    private const string DirectoryPrefix = "fengqiao-pg-";
    private const string OwnerFile = "owner";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private readonly string _binDirectory;
    private readonly string? _runAs;
    private readonly object _disposeLock = new();
    private int _databaseCounter;
    private bool _disposed;

    private ThrowawayPostgreSqlCluster(string binDirectory, string? runAs, string root)
    {
        _binDirectory = binDirectory;
        _runAs = runAs;
        RootDirectory = root;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>Gets the cluster's temporary directory (data, socket, log).</summary>
    public string RootDirectory { get; }

    /// <summary>Gets the TCP port on 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>Gets the server's major version, such as 15.</summary>
    public int MajorVersion { get; private set; }

    private string DataDirectory => Path.Combine(RootDirectory, "data");

    private string SocketDirectory => Path.Combine(RootDirectory, "sock");

    private string LogFile => Path.Combine(RootDirectory, "server.log");

    /// <summary>Gets a value indicating whether PostgreSQL runs are required (<see cref="RequireVariable"/> is "1").</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Finds the directory holding initdb and pg_ctl: <see cref="BinVariable"/> when set, else PATH, then the highest version under /usr/lib/postgresql.</summary>
    /// <returns>The directory, or null when PostgreSQL is not installed.</returns>
    public static string? FindBinDirectory()
    {
        static bool HasTools(string? directory) =>
            !string.IsNullOrEmpty(directory) && File.Exists(Path.Combine(directory, Exe("initdb"))) && File.Exists(Path.Combine(directory, Exe("pg_ctl")));

        // An explicit directory wins outright, also when it holds no server: that is how to check the skip path.
        var configured = Environment.GetEnvironmentVariable(BinVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return HasTools(configured) ? configured : null;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (HasTools(directory))
            {
                return directory;
            }
        }

        var candidates = new List<(Version Version, string Bin)>();
        foreach (var parent in new[] { "/usr/lib/postgresql", "/usr/local/lib/postgresql", "/opt/homebrew/opt" })
        {
            if (!Directory.Exists(parent))
            {
                continue;
            }

            foreach (var versionDirectory in Directory.GetDirectories(parent))
            {
                var name = Path.GetFileName(versionDirectory).Replace("postgresql@", string.Empty, StringComparison.Ordinal);
                var bin = Path.Combine(versionDirectory, "bin");
                if (HasTools(bin) && Version.TryParse(name.Contains('.', StringComparison.Ordinal) ? name : name + ".0", out var version))
                {
                    candidates.Add((version, bin));
                }
            }
        }

        return candidates.Count == 0 ? null : candidates.MaxBy(c => c.Version).Bin;
    }

    /// <summary>Starts a new cluster, first cleaning up clusters left by runs that were killed.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running cluster.</returns>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed, or would not start (the message carries its log).</exception>
    public static async Task<ThrowawayPostgreSqlCluster> StartAsync(CancellationToken cancellationToken = default)
    {
        var bin = FindBinDirectory() ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or under /usr/lib/postgresql/*/bin. Install them (Debian/Ubuntu: apt-get install postgresql) or set {BinVariable}.");
        var runAs = OperatingSystem.IsWindows() || Environment.UserName != "root" ? null : await EnsureServiceUserAsync(cancellationToken).ConfigureAwait(false);
        CleanStaleClusters(bin);

        var root = Path.Combine(BaseDirectory(runAs), DirectoryPrefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        using (var process = Process.GetCurrentProcess())
        {
            await File.WriteAllTextAsync(
                Path.Combine(root, OwnerFile),
                string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId} {process.StartTime.Ticks}"),
                cancellationToken).ConfigureAwait(false);
        }

        var cluster = new ThrowawayPostgreSqlCluster(bin, runAs, root);
        try
        {
            await cluster.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <summary>Makes a connection string for a database of this cluster.</summary>
    /// <param name="database">The database; <c>postgres</c> by default.</param>
    /// <returns>The connection string.</returns>
    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = "postgres",
            Database = database,
            Timeout = 30,
            CommandTimeout = 120,
        }.ConnectionString;

    /// <summary>Creates a fresh, empty database.</summary>
    /// <param name="prefix">A readable prefix, such as the test class's name.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>The new database's connection string.</returns>
    public async Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var clean = new string(prefix.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Take(40).ToArray());
        var name = string.Create(CultureInfo.InvariantCulture, $"{clean}_{Interlocked.Increment(ref _databaseCounter)}");
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

        // The cluster runs in the C locale; databases get a linguistic (ICU, zh-CN) default collation where
        // the server supports it, as production databases have, so that code relying on byte order shows.
        // A server built without ICU, or an OS without the C.UTF-8 locale, gets a plain database.
        if (MajorVersion >= 15)
        {
            try
            {
                await ExecuteAsync(connection, $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'zh-CN' LOCALE 'C.UTF-8'", cancellationToken).ConfigureAwait(false);
                return ConnectionString(name);
            }
            catch (PostgresException)
            {
            }
        }

        await ExecuteAsync(connection, $"CREATE DATABASE \"{name}\"", cancellationToken).ConfigureAwait(false);
        return ConnectionString(name);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the server at once and deletes the directory. Safe to call more than once.</summary>
    public void Dispose()
    {
        lock (_disposeLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        NpgsqlConnection.ClearAllPools();
        StopAndDelete(_binDirectory, _runAs, RootDirectory);
    }

    // The service user must be able to reach the directory: root's TMPDIR may sit under /root (mode 700), /tmp never does.
    private static string BaseDirectory(string? runAs) => runAs is null ? Path.GetTempPath() : "/tmp";

    private static string Exe(string name) => OperatingSystem.IsWindows() ? name + ".exe" : name;

    private static void StopAndDelete(string bin, string? runAs, string root)
    {
        var data = Path.Combine(root, "data");
        if (File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            try
            {
                RunSync(bin, runAs, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "-t", "30", "stop"]);
            }
            catch (InvalidOperationException)
            {
                // Already stopped, or never fully started: deleting the directory is what matters.
            }
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void CleanStaleClusters(string bin)
    {
        var runAs = OperatingSystem.IsWindows() || Environment.UserName != "root" ? null : ServiceUserOrNull();
        var bases = new[] { BaseDirectory(null), BaseDirectory(runAs) }.Distinct(StringComparer.Ordinal).Where(Directory.Exists);
        foreach (var directory in bases.SelectMany(b => Directory.GetDirectories(b, DirectoryPrefix + "*")))
        {
            if (!IsStale(directory))
            {
                continue;
            }

            StopAndDelete(bin, runAs, directory);
        }
    }

    private static bool IsStale(string directory)
    {
        // The directory is named fengqiao-pg-{pid}-{random}; the owner file adds the process's
        // start time, so that a recycled pid is not taken for the owner.
        var parts = Path.GetFileName(directory)[DirectoryPrefix.Length..].Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var pid))
        {
            return false; // not ours
        }

        long? started = null;
        try
        {
            var owner = File.ReadAllText(Path.Combine(directory, OwnerFile)).Split(' ');
            if (owner.Length == 2 && long.TryParse(owner[1], CultureInfo.InvariantCulture, out var ticks))
            {
                started = ticks;
            }
        }
        catch (IOException)
        {
            // Being set up right now, or its owner died before writing the file: the pid decides.
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            // Linux derives a process's start time from boot time and uptime, so two readings of
            // the same process can differ by some milliseconds: only a clear difference means the
            // pid was recycled (comparing exactly once stopped other test runs' live clusters).
            return process.HasExited || (started is { } ticks && Math.Abs(process.StartTime.Ticks - ticks) > TimeSpan.TicksPerSecond);
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static string? ServiceUserOrNull()
    {
        foreach (var user in new[] { "postgres", "fengqiao-pg" })
        {
            if (UserExists(user))
            {
                return user;
            }
        }

        return null;
    }

    private static bool UserExists(string user)
    {
        try
        {
            return RunSync(null, null, "id", ["-u", user]).ExitCode == 0;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static async Task<string> EnsureServiceUserAsync(CancellationToken cancellationToken)
    {
        if (ServiceUserOrNull() is { } existing)
        {
            return existing;
        }

        // No postgres account (binaries unpacked by hand): make a dedicated system account.
        await Task.Run(() => RunSync(null, null, "useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "fengqiao-pg"], check: true), cancellationToken).ConfigureAwait(false);
        return "fengqiao-pg";
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(SocketDirectory);
        if (_runAs is not null)
        {
            RunSync(null, null, "chown", ["-R", _runAs, RootDirectory], check: true);
        }

        await Task.Run(
            () => RunSync(_binDirectory, _runAs, "initdb", ["-D", DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"], check: true),
            cancellationToken).ConfigureAwait(false);
        MajorVersion = int.Parse(
            (await File.ReadAllTextAsync(Path.Combine(DataDirectory, "PG_VERSION"), cancellationToken).ConfigureAwait(false)).Trim().Split('.')[0],
            CultureInfo.InvariantCulture);

        var settings = new StringBuilder()
            .AppendLine()
            .AppendLine("# Throwaway test cluster: loopback only, no durability.")
            .AppendLine("listen_addresses = '127.0.0.1'")
            .AppendLine(CultureInfo.InvariantCulture, $"unix_socket_directories = '{SocketDirectory}'")
            .AppendLine("fsync = off")
            .AppendLine("synchronous_commit = off")
            .AppendLine("full_page_writes = off")
            .AppendLine("max_connections = 200")
            .AppendLine("shared_buffers = 128MB")
            .AppendLine("max_wal_size = 2GB")
            .AppendLine("logging_collector = off");
        await File.AppendAllTextAsync(Path.Combine(DataDirectory, "postgresql.conf"), settings.ToString(), cancellationToken).ConfigureAwait(false);

        // A free port can be taken between finding and binding it; try a few.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            var start = await Task.Run(
                () => RunSync(_binDirectory, _runAs, "pg_ctl", ["-D", DataDirectory, "-l", LogFile, "-o", "-p " + Port.ToString(CultureInfo.InvariantCulture), "-w", "-t", "60", "start"]),
                cancellationToken).ConfigureAwait(false);
            if (start.ExitCode == 0)
            {
                break;
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException($"pg_ctl start failed ({start.ExitCode}): {start.Output}\n{ReadLog()}");
            }
        }

        await WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString());
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (NpgsqlException) when (attempt < 50)
            {
                await Task.Delay(200, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private string ReadLog()
    {
        try
        {
            return File.ReadAllText(LogFile);
        }
        catch (IOException)
        {
            return "(no server log)";
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static (int ExitCode, string Output) RunSync(string? bin, string? runAs, string tool, IReadOnlyList<string> arguments, bool check = false)
    {
        var path = bin is null ? tool : Path.Combine(bin, Exe(tool));
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = BaseDirectory(runAs),
        };
        if (runAs is null)
        {
            info.FileName = path;
        }
        else
        {
            info.FileName = "runuser";
            foreach (var argument in new[] { "-u", runAs, "--", path })
            {
                info.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {tool}.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"Could not start {tool}: {exception.Message}", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(CommandTimeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"{tool} did not finish within {CommandTimeout}.");
            }

            var text = output.Result + error.Result;
            if (check && process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {text}");
            }

            return (process.ExitCode, text);
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => Dispose();
}
