namespace Pop.Core.Fuzz;

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using SharpFuzz;

/// <summary>
/// The fuzz driver. <c>Pop.Core.Fuzz TARGET</c> serves afl-fuzz (SharpFuzz's out-of-process fork server,
/// which survives hangs); without afl-fuzz it runs the target once on standard input.
/// <c>Pop.Core.Fuzz TARGET --replay PATH...</c> runs the target on files (folders are walked) and
/// prints every crash with its exception and top Pop.Core frame, and every input slower than the
/// hang limit; it exits with 1 when there was any.
/// </summary>
internal static class Program
{
    private const string Usage = """
        Pop.Core.Fuzz TARGET                          serve afl-fuzz (input on standard input)
        Pop.Core.Fuzz TARGET --replay PATH... [--hang-ms N]
                                                      run TARGET on each file, report crashes and hangs
        TARGET: smart | conversation | event | plan
        """;

    private static int Main(string[] args)
    {
        if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        if (args.Length == 1)
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                target(buffer.ToArray());
            });
            return 0;
        }

        if (args[1] != "--replay")
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        int hangMs = 2000;
        var paths = new List<string>();
        for (int i = 2; i < args.Length; i++)
        {
            if (args[i] == "--hang-ms" && i + 1 < args.Length)
            {
                hangMs = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        return Replay(args[0], target, paths, hangMs);
    }

    private static unsafe int Replay(string name, Action<byte[]> target, List<string> paths, int hangMs)
    {
        // An instrumented Pop.Core.dll writes its trace bits on every branch: give it somewhere to write.
        SharpFuzz.Common.Trace.SharedMem = (byte*)NativeMemory.AllocZeroed(1 << 16);

        var files = paths
            .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : new[] { p })
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

        // Warm up (the JIT and the static tables), so that the first file is not timed with them.
        Run(target, Array.Empty<byte>(), 60_000);

        int bad = 0;
        var distinct = new SortedDictionary<string, (string File, int Count, string Message)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            byte[] input = File.ReadAllBytes(file);
            var (error, ms, finished) = Run(target, input, hangMs);
            string? key = null;
            string message = string.Empty;
            if (!finished || ms > hangMs)
            {
                key = $"hang (> {hangMs} ms)";
                message = finished ? $"{ms} ms" : $"still running after {ms} ms (left behind)";
            }
            else if (error is not null)
            {
                key = $"{error.GetType().FullName} at {TopFrame(error)}";
                message = error.Message;
            }

            if (key is null)
            {
                continue;
            }

            bad++;
            Console.WriteLine($"{name}: {file} ({input.Length} bytes): {key}");
            Console.WriteLine($"    {message.ReplaceLineEndings(" ")}");
            distinct[key] = distinct.TryGetValue(key, out var seen)
                ? (input.Length < File.ReadAllBytes(seen.File).Length ? file : seen.File, seen.Count + 1, seen.Message)
                : (file, 1, message);
        }

        Console.WriteLine($"{name}: {files.Count} inputs replayed, {bad} crashed or hung, {distinct.Count} distinct.");
        foreach (var (key, (file, count, _)) in distinct)
        {
            Console.WriteLine($"  {count,4} x {key}; smallest: {file}");
        }

        Console.Out.Flush();

        // A hung input may still be running on its thread: leave without waiting for it.
        Environment.Exit(bad == 0 ? 0 : 1);
        return 0;
    }

    private static (Exception? Error, long Ms, bool Finished) Run(Action<byte[]> target, byte[] input, int hangMs)
    {
        Exception? error = null;
        var clock = Stopwatch.StartNew();
        var task = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    target(input);
                }
                catch (Exception e)
                {
                    error = e;
                }
            },
            TaskCreationOptions.LongRunning);
        bool finished = task.Wait(Math.Max(hangMs * 5, 10_000));
        return (error, clock.ElapsedMilliseconds, finished);
    }

    private static string TopFrame(Exception e)
    {
        var frames = new StackTrace(e, false).GetFrames();
        var frame = frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType?.FullName is { } t && t.StartsWith("Pop.Core.", StringComparison.Ordinal) && !t.StartsWith("Pop.Core.Fuzz.", StringComparison.Ordinal))
            ?? frames.FirstOrDefault();
        var method = frame?.GetMethod();
        return method is null ? "?" : $"{method.DeclaringType?.FullName}.{method.Name}";
    }
}
