using BenchmarkDotNet.Running;

// One switcher for every benchmark; pick with --filter, e.g. --filter '*SmartText*'.
BenchmarkSwitcher.FromAssembly(typeof(Pop.Core.Benchmarks.Smart.SmartTextBenchmarks).Assembly).Run(args);
