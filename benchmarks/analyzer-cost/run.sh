#!/usr/bin/env bash
# Measures the Pop.Core analyzers' share of a compilation: packs Pop.Core, generates a consumer of
# N files (default 1000) that uses Pop.Core heavily, builds it with -p:ReportAnalyzer=true and reads
# the compiler's analyzer report and the Csc task time.
set -euo pipefail
n="${1:-1000}"
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -n 1)
dotnet pack "$root/src/Pop.Core" -c Release -o "$work/feed" -nologo -v q >/dev/null
mkdir -p "$work/app"
cat > "$work/app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>disable</ImplicitUsings><NoWarn>CS8321;CS0219</NoWarn></PropertyGroup>
  <ItemGroup><PackageReference Include="Pop.Core" Version="$version" /></ItemGroup>
</Project>
XML
cat > "$work/app/nuget.config" <<XML
<configuration><packageSources><clear /><add key="local" value="$work/feed" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources></configuration>
XML
for i in $(seq 1 "$n"); do
# Heavy, mostly correct use of Pop.Core; one file in ten (mode 0) also breaks POP0001/2/5.
mode=$((i % 10))
if [ "$mode" -eq 0 ]; then
  goal='"Beter communiceren met team '$i'"'; ignore='validator.Validate(new SmartSubject(input));'; extra=''
else
  goal='Goal + " voor team '$i'."'; ignore='_ = validator.Validate(new SmartSubject(input));'; extra='case Quadrant.OverestimatesSelf: case Quadrant.UnderestimatesSelf: break;'
fi
cat > "$work/app/File$i.cs" <<CS
using System;
using NodaTime;
using Pop.Core;
using Pop.Core.Conversations;
using Pop.Core.Smart;
using Pop.Core.Strategies;

internal sealed class Unit$i
{
    private const string Goal = "Binnen drie maanden rond ik de cursus Excel Gevorderd af";
    private readonly IClock clock;
    private readonly SmartValidator validator;

    public Unit$i(IClock clock) { this.clock = clock; validator = new SmartValidator(clock, DateTimeZone.Utc); }

    public bool Check(string input)
    {
        var a = validator.Validate(new SmartSubject($goal));
        var b = validator.Validate(new SmartSubject("Within two months, shadow three shifts in the emergency department."));
        $ignore
        return a.IsSmart && b.IsSmart;
    }

    public Conversation Walk(Conversation c, Quadrant q)
    {
        c = c.Start(clock).Conversation;
        c = c.AdvancePhase(clock).Conversation;
        c = c.RecordCurrentState("Goed jaar $i.", clock).Conversation;
        switch (q)
        {
            case Quadrant.HighPotential: c = c.AdvancePhase(clock).Conversation; break;
            case Quadrant.NoFurtherAmbition: break;
            $extra
        }

        for (int k = 0; k < $i % 7; k++) { c = c.AdvancePhase(clock).Conversation; }
        return c;
    }

    public string Describe(DateTime when) => when.ToString("O") + Goal.Length;
}
CS
done
cd "$work/app"
dotnet restore --packages "$work/packages" -v q >/dev/null
dotnet build --no-restore -c Release -nologo -p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary > "$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s' "$work/build.log" | awk '{print $1}' | head -n 1)
total=$(grep -m1 'Total analyzer execution time:' "$work/build.log" | sed 's/.*time: *\([0-9.]*\).*/\1/')
pop=$(grep -E 'Pop\.Core\.Analyzers, Version' "$work/build.log" | head -n 1 | awk '{print $1}')
warnings=$(grep -cE 'warning POP000[0-9]' "$work/build.log" || true)
echo "files: $n"
echo "Csc task: ${csc} ms"
echo "all analyzers: ${total} s"
echo "Pop.Core.Analyzers: ${pop} s"
echo "POP warnings reported (lines): $warnings"
grep -E 'Pop\.Core\.Analyzers' "$work/build.log" | grep -vE 'analyzer:|/reference' | head -n 6
awk -v p="$pop" -v c="$csc" 'BEGIN { printf "Pop.Core analyzers: %.2f%% of the Csc task\n", 100 * p * 1000 / c }' 
