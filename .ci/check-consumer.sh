#!/usr/bin/env bash
# Builds a throw-away project against the packed Pop.Core from a local folder feed and asserts
# that the packaged analyzer reports POP0003 exactly where the consumer code expects it.
set -euo pipefail
feed=$(cd "$1" && pwd)
version="$2"
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/consumer/Consumer.csproj" "$here/consumer/Program.cs" "$work/"
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
# Outside the repository, so none of its Directory.*.props apply; a private package folder, so a
# stale Pop.Core of the same version is never picked up.
log="$work/build.log"
if ! dotnet build "$work/Consumer.csproj" -p:PopCoreVersion="$version" --packages "$work/packages" -nologo -clp:NoSummary >"$log" 2>&1; then
  cat "$log"; echo "consumer: build failed"; exit 1
fi
want=""
for rule in POP0001 POP0003; do
  line=$(grep -n "EXPECT $rule" "$work/Program.cs" | cut -d: -f1)
  case $rule in
    POP0001) needle='"Beter communiceren"' ;;
    POP0003) needle='SystemClock.Instance' ;;
  esac
  col=$(sed -n "${line}p" "$work/Program.cs" | awk -v n="$needle" '{ print index($0, n) }')
  want="${want}Program.cs(${line},${col}): warning ${rule}"$'\n'
done
want=$(printf '%s' "$want" | sort -u)
hits=$(grep -oE 'Program\.cs\([0-9]+,[0-9]+\): warning POP[0-9]+' "$log" | sort -u)
if [ "$hits" != "$want" ]; then
  echo "consumer: expected exactly:"; echo "$want"; echo "got:"; echo "${hits:-<nothing>}"; exit 1
fi
echo "consumer: POP0001 and POP0003 fired where expected and nowhere else"
