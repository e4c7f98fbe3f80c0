using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cremona.Dup.Web.Data.Seeding;

namespace Cremona.Dup.IntegrationTests.Sicurezza;

/// <summary>No password, key or connection-string password is committed: production settings come from the environment.</summary>
public sealed partial class NoSecretsTests
{
    /// <summary>The documented demo password (README) is the only one allowed in tracked files.</summary>
    private static readonly string[] Documented = [DemoOptions.DefaultPassword];

    [GeneratedRegex("pass(word)?|pwd|secret|token|apikey|api_key|privatekey|clientsecret", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"(password|pwd)\s*=\s*(?<value>[^;""]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionPassword();

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cremona.Dup.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private static List<string> TrackedFiles(string root)
    {
        var start = new ProcessStartInfo("git", "ls-files -z") { WorkingDirectory = root, RedirectStandardOutput = true };
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        git.ExitCode.Should().Be(0);
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    [Fact]
    public void Tracked_settings_hold_no_password_or_secret_but_the_documented_demo_one()
    {
        var root = RepoRoot();
        var files = TrackedFiles(root);
        files.Should().Contain("src/Cremona.Dup.Web/appsettings.json");
        files.Should().NotContain(f => Path.GetFileName(f) == ".env", ".env holds the production passwords");

        var findings = new List<string>();
        foreach (var file in files.Where(f => Regex.IsMatch(Path.GetFileName(f), @"^appsettings.*\.json$", RegexOptions.IgnoreCase)))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, file)),
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            Scan(json.RootElement, "", file, findings);
        }
        foreach (var file in files.Where(f => f is "docker-compose.yml" || f.EndsWith(".env.example", StringComparison.Ordinal)))
        {
            foreach (var line in File.ReadLines(Path.Combine(root, file)))
            {
                foreach (Match m in ConnectionPassword().Matches(line))
                    if (m.Groups["value"].Value.Trim() is { Length: > 0 } v && !v.StartsWith("${", StringComparison.Ordinal))
                        findings.Add($"{file}: {line.Trim()}");
                var assignment = Regex.Match(line, @"^\s*(?<name>[A-Za-z_]*(PASSWORD|SECRET|TOKEN)[A-Za-z_]*)\s*[:=]\s*(?<value>.*)$");
                if (assignment.Success && assignment.Groups["value"].Value.Trim() is { Length: > 0 } value
                    && !value.Contains("${", StringComparison.Ordinal) && !value.StartsWith('"') && !value.StartsWith('['))
                    findings.Add($"{file}: {line.Trim()}");
            }
        }
        findings.Should().BeEmpty("secrets come from environment variables (see docs/security.md)");
    }

    private static void Scan(JsonElement element, string path, string file, List<string> findings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) Scan(property.Value, $"{path}:{property.Name}", file, findings);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray()) Scan(item, $"{path}:{i++}", file, findings);
                break;
            case JsonValueKind.String:
                var value = element.GetString() ?? "";
                var name = path[(path.LastIndexOf(':') + 1)..];
                if (SecretName().IsMatch(name) && value.Length > 0 && !Documented.Contains(value))
                    findings.Add($"{file} {path}");
                foreach (Match m in ConnectionPassword().Matches(value))
                    if (m.Groups["value"].Value.Length > 0 && !Documented.Contains(m.Groups["value"].Value))
                        findings.Add($"{file} {path} (connection string with a password)");
                break;
        }
    }
}
