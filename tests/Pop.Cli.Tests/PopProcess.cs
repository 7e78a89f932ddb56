namespace Pop.Cli.Tests;

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;

/// <summary>Runs the built <c>pop</c> as a separate process.</summary>
internal static class PopProcess
{
    private static readonly string Dll = Path.Combine(Directory("PopCliDirectory"), "pop.dll");

    private static readonly string EmbeddingDll = Path.Combine(Directory("PopEmbeddingDirectory"), "Pop.Embedding.dll");

    public static (int ExitCode, string Stdout, string Stderr) Run(string? stdin, params string[] args) => RunDll(Dll, stdin, null, null, args);

    /// <summary>Runs <c>pop</c> with extra environment variables (a machine set up differently).</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunDll(Dll, null, null, environment, args);

    /// <summary>Runs the embedding sample in <paramref name="workingDirectory"/>.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Embedding(string workingDirectory, params string[] args) => RunDll(EmbeddingDll, null, workingDirectory, null, args);

    private static string Directory(string key) =>
        typeof(PopProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static (int ExitCode, string Stdout, string Stderr) RunDll(string dll, string? stdin, string? workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("pop did not start");
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(true);
            throw new TimeoutException("pop " + string.Join(" ", args) + " did not finish in 60 s");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
