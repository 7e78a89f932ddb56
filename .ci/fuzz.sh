#!/usr/bin/env bash
# Fuzzes Pop.Core's SMART engine and JSON readers with afl-fuzz (AFL++ from Debian) driving SharpFuzz.
#   bash .ci/fuzz.sh [SECONDS-PER-TARGET] [TARGET...]     (default: 60 s each, every target)
# Installs what is missing (afl++ through apt-get, the sharpfuzz tool through `dotnet tool restore`),
# publishes fuzz/Pop.Core.Fuzz, instruments Pop.Core.dll, runs each target on its seed corpus in
# fuzz/corpus/TARGET for the given time, then replays every crash and hang it found and prints the
# input's path with the exception and its top Pop.Core frame. Exits 1 when anything was found.
# Output goes to artifacts/fuzz/TARGET (afl-fuzz's own folders: queue, crashes, hangs, fuzzer_stats).
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(smart conversation event plan)
hang_ms=${FUZZ_HANG_MS:-2000}
root=$(pwd)
out="$root/artifacts/fuzz"
bin="$out/bin"

if ! command -v afl-fuzz >/dev/null; then
  echo "afl-fuzz is missing: installing afl++ with apt-get"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq afl++ >/dev/null \
    || { echo "fuzz: could not install afl++"; exit 2; }
fi

dotnet tool restore >/dev/null || { echo "fuzz: dotnet tool restore failed"; exit 2; }

rm -rf "$out"
mkdir -p "$out"
dotnet publish fuzz/Pop.Core.Fuzz -c Release -o "$bin" -nologo -v quiet >"$out/publish.log" 2>&1 \
  || { cat "$out/publish.log"; echo "fuzz: publish failed"; exit 2; }
# Only Pop.Core is instrumented: its branches are what the fuzzer should explore.
dotnet tool run sharpfuzz "$bin/Pop.Core.dll" || { echo "fuzz: instrumenting Pop.Core.dll failed"; exit 2; }

# dotnet is not an AFL-instrumented binary (SharpFuzz speaks the fork-server protocol itself), the
# machine's core_pattern and CPU governor are not ours to change, and nobody watches a screen.
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 \
  AFL_NO_UI=1 AFL_QUIET=1

found=0
for t in "${targets[@]}"; do
  echo
  echo "-- fuzz target '$t': ${seconds} s on fuzz/corpus/$t"
  dict=()
  [ "$t" = smart ] || dict=(-x fuzz/json.dict)
  timeout --kill-after=30 $((seconds + 120)) \
    afl-fuzz -i "fuzz/corpus/$t" -o "$out/$t" -t "$hang_ms" -m none -V "$seconds" "${dict[@]}" \
      -- dotnet "$bin/Pop.Core.Fuzz.dll" "$t" >"$out/$t.log" 2>&1
  rc=$?
  stats="$out/$t/default/fuzzer_stats"
  if [ ! -f "$stats" ]; then
    tail -n 30 "$out/$t.log"
    echo "fuzz: afl-fuzz did not run target '$t' (exit $rc)"
    found=1
    continue
  fi
  get() { sed -n "s/^$1 *: *//p" "$stats"; }
  echo "   execs $(get execs_done), $(get execs_per_sec)/s, corpus $(get corpus_count), edges $(get edges_found), map $(get bitmap_cvg), crashes $(get saved_crashes), hangs $(get saved_hangs)"
  crashes=("$out/$t"/default/crashes/id:* "$out/$t"/default/hangs/id:*)
  existing=()
  for f in "${crashes[@]}"; do [ -f "$f" ] && existing+=("$f"); done
  if [ ${#existing[@]} -gt 0 ]; then
    # afl-fuzz's verdicts are replayed before they count: on a loaded machine a slow moment reads
    # as a hang, and SharpFuzz reports the input after a killed (hung) child as a crash too.
    echo "   afl-fuzz saved ${#existing[@]} crashing or hanging input(s); replaying them:"
    if dotnet "$bin/Pop.Core.Fuzz.dll" "$t" --replay --hang-ms "$hang_ms" "${existing[@]}" | sed 's/^/   /'; then
      echo "   none of them crashes or hangs when replayed alone: not counted"
    else
      found=1
    fi
  fi
done

echo
if [ "$found" -ne 0 ]; then
  echo "fuzz: crashes or hangs found (inputs above; afl-fuzz's folders are in $out)"
  exit 1
fi
echo "fuzz: no crash and no hang in ${#targets[@]} target(s), ${seconds} s each"
