#!/usr/bin/env bash
# Times `pop smart --format json` and chrono-node over the same 100,000 goals, as whole processes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
# chrono-node comes from the npm registry, pinned by package-lock.json; nothing is committed.
[ -d node_modules/chrono-node ] || npm ci --no-audit --no-fund --silent
bash make-goals.sh "${1:-100000}" > /tmp/pop-goals.txt
dotnet build ../../samples/Pop.Cli -c Release -nologo -v q >/dev/null
pop="../../samples/Pop.Cli/bin/Release/net10.0/pop"
echo "goals: $(wc -l < /tmp/pop-goals.txt)"
time_it() { local s e; s=$(date +%s.%N); "$@" > /tmp/pop-compare.out; e=$(date +%s.%N); echo "$(echo "$e - $s" | bc)"; }
for i in 1 2 3; do
  p=$(time_it "$pop" smart --format json --reference-date 2027-01-15 /tmp/pop-goals.txt)
  c=$(time_it node chrono-dates.mjs < /tmp/pop-goals.txt)
  echo "run $i: pop smart ${p}s, chrono-node ${c}s"
done
