#!/usr/bin/env bash
# Whole-process comparison of archforge with Redocly CLI and Spectral on every OpenAPI document of
# the shared corpus, in one run on one machine (compare ratios, not seconds: machines are noisy).
#
#   bench/compare.sh [corpus-dir] > bench-results/compare.md
#
# Installs the peers from the npm registry into .cache/peers (pinned versions), builds archforge if
# needed, and measures each tool on each file: wall time and peak RSS from /usr/bin/time, and the
# number of findings each reports. Set RUNS=n to take the median of n runs (default 1), and
# SKIP_SPECTRAL=1 to leave out the slowest peer.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/corpus/openapi}"
runs="${RUNS:-1}"
peers="$root/.cache/peers"
REDOCLY_VERSION=2.77.0
SPECTRAL_VERSION=6.16.3

if [ ! -x "$peers/node_modules/.bin/redocly" ] || [ ! -x "$peers/node_modules/.bin/spectral" ]; then
  echo "installing @redocly/cli@$REDOCLY_VERSION and @stoplight/spectral-cli@$SPECTRAL_VERSION into $peers" >&2
  mkdir -p "$peers"
  npm install --silent --no-audit --no-fund --prefix "$peers" \
    "@redocly/cli@$REDOCLY_VERSION" "@stoplight/spectral-cli@$SPECTRAL_VERSION" >&2
fi
printf 'extends: ["spectral:oas"]\n' > "$peers/.spectral.yaml"
"$root/archforge" --version >/dev/null   # build on first use, outside the measurements
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_COLOR=1

# measure <label> <cmd...>: prints "seconds peak_mb" (median of $runs by time)
measure() {
  local out
  out=$(for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o /tmp/af-time.$$ "$@" >/tmp/af-out.$$ 2>/dev/null || true
    tail -1 /tmp/af-time.$$
  done | sort -n | awk -v n="$runs" 'NR==int((n+1)/2){printf "%.2f %d\n", $1, $2/1024}')
  echo "$out"
}

count_archforge() { grep -o '"total": [0-9]*' /tmp/af-out.$$ | tail -1 | grep -o '[0-9]*' || echo "?"; }
count_redocly() { grep -oE '"(errors|warnings)": *[0-9]+' /tmp/af-out.$$ | head -2 | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}'; }
count_spectral() { grep -c '"code":' /tmp/af-out.$$ || echo "0"; }

echo "| file | size | archforge s | MB | findings | redocly s | MB | findings | spectral s | MB | findings | vs redocly | vs spectral |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for f in "$corpus"/*.json "$corpus"/*.yaml; do
  [ -f "$f" ] || continue
  name=$(basename "$f")
  size=$(du -h "$f" | cut -f1)
  read -r at am < <(measure "$root/archforge" review "$f" --format json --fail-on never)
  ac=$(count_archforge)
  read -r rt rm < <(measure "$peers/node_modules/.bin/redocly" lint "$f" --format json)
  rc=$(count_redocly)
  if [ -z "${SKIP_SPECTRAL:-}" ]; then
    read -r st sm < <(measure "$peers/node_modules/.bin/spectral" lint "$f" -r "$peers/.spectral.yaml" -f json --quiet)
    sc=$(count_spectral)
  else
    st="-"; sm="-"; sc="-"
  fi
  vr=$(awk -v a="$at" -v b="$rt" 'BEGIN{ if (a>0) printf "%.1f×", b/a; else print "-" }')
  vs=$(awk -v a="$at" -v b="$st" 'BEGIN{ if (a>0 && b!="-") printf "%.1f×", b/a; else print "-" }')
  echo "| $name | $size | $at | $am | $ac | $rt | $rm | $rc | $st | $sm | $sc | $vr | $vs |"
done
rm -f /tmp/af-time.$$ /tmp/af-out.$$
