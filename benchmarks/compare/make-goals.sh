#!/usr/bin/env bash
# Writes N goal lines (default 100000) by cycling through the development set and our own set.
set -euo pipefail
n="${1:-100000}"
here=$(cd "$(dirname "$0")" && pwd)
{ tail -n +2 "$here/../../../shared/smart/dev-goals.tsv"; tail -n +2 "$here/../../tests/Pop.Core.Tests/Smart/own-goals.tsv"; } | cut -f7 | grep -v '^$' > /tmp/pop-goal-seed.txt
awk -v n="$n" '{ a[NR] = $0 } END { for (i = 0; i < n; i++) print a[(i % NR) + 1] }' /tmp/pop-goal-seed.txt
