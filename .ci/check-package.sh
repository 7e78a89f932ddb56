#!/usr/bin/env bash
# Asserts the layout of the Pop.Core nupkg: both library targets with XML docs, the analyzers
# and code fixes under analyzers/dotnet/cs, README and licence, and no Roslyn dependency leaking.
set -euo pipefail
pkg="$1"
entries=$(unzip -Z1 "$pkg")
fail=0
for want in \
  lib/netstandard2.0/Pop.Core.dll lib/netstandard2.0/Pop.Core.xml \
  lib/net8.0/Pop.Core.dll lib/net8.0/Pop.Core.xml \
  analyzers/dotnet/cs/Pop.Core.Analyzers.dll analyzers/dotnet/cs/Pop.Core.CodeFixes.dll \
  README.md LICENSE Pop.Core.nuspec; do
  if ! grep -qx "$want" <<<"$entries"; then echo "package: missing $want"; fail=1; fi
done
if grep -E '^(lib|analyzers)/' <<<"$entries" | grep -vE '^(lib/(netstandard2\.0|net8\.0)/Pop\.Core\.(dll|xml)|analyzers/dotnet/cs/Pop\.Core\.(Analyzers|CodeFixes)\.dll)$'; then
  echo "package: unexpected files above"; fail=1
fi
nuspec=$(unzip -p "$pkg" Pop.Core.nuspec)
deps=$(grep -o 'dependency id="[^"]*"' <<<"$nuspec" | sort -u | sed 's/dependency id=//; s/"//g' | tr '\n' ' ')
if [ "$deps" != "Ardalis.GuardClauses NodaTime System.Text.Json " ]; then echo "package: dependencies are '$deps', want 'Ardalis.GuardClauses NodaTime System.Text.Json'"; fail=1; fi
net8=$(sed -n '/targetFramework="net8.0"/,/<\/group>/p' <<<"$nuspec")
if grep -q 'System.Text.Json' <<<"$net8"; then echo "package: net8.0 must not depend on System.Text.Json (it is inbox)"; fail=1; fi
grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || { echo "package: licence expression missing"; fail=1; }
grep -q '<readme>README.md</readme>' <<<"$nuspec" || { echo "package: readme missing"; fail=1; }
[ $fail -eq 0 ] && echo "package: layout ok ($(basename "$pkg"))"
exit $fail
