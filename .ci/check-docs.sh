#!/usr/bin/env bash
# Runs every command of the README and docs/ exactly as written, as a new user would: each line
# of a ```bash block is run from the repository root and must exit 0. Skipped, with the reason
# printed: `dotnet test` (CI has just run it), `dotnet add package` (it needs the user's own
# project), and the benchmarks (minutes each; benchmarks/README.md documents them).
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NO_COLOR=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
ran=0; failed=0
# The files the commands write, removed afterwards (and ignored by git).
outputs=(plan.json plan.md plan.html team.svg pop.ics pop-embedding.db getting-started.db)

while IFS=$'\t' read -r file command; do
  case "$command" in
    "dotnet test"*) echo "skip ($file): $command — run by CI itself"; continue ;;
    "dotnet add package"*) echo "skip ($file): $command — needs the user's own project"; continue ;;
    *"benchmarks/"*) echo "skip ($file): $command — a benchmark run takes minutes"; continue ;;
  esac
  ran=$((ran + 1))
  if bash -o pipefail -c "$command" >"$log" 2>&1; then
    echo "ok   ($file): $command"
  else
    failed=$((failed + 1))
    echo "FAIL ($file): $command"
    tail -n 20 "$log" | sed 's/^/     /'
  fi
done < <(for f in README.md docs/*.md; do
  awk -v f="$f" '/^```bash$/ { inblock = 1; next } /^```/ { inblock = 0 } inblock && NF { sub(/[ \t]+#.*$/, ""); print f "\t" $0 }' "$f"
done)

rm -f "${outputs[@]}"
echo "docs commands: $ran run, $failed failed"
[ "$ran" -gt 0 ] && [ "$failed" -eq 0 ]
