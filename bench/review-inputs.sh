#!/usr/bin/env bash
# Whole-process review of big inputs: a folder of 2,600 API descriptions in one call (under a 1 GB
# heap), the largest corpus files, a 1,000,000-line SQL INSERT file, a multi-megabyte single-line
# YAML scalar and a 20,000-step $ref chain. Prints wall seconds and peak RSS (/usr/bin/time -v).
# Every generated input goes to $WORK (default /tmp/archforge-bench-inputs), never into the repo.
#
#   bench/review-inputs.sh [archforge.jar] > bench-results/review-inputs.md
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${1:-$root/archforge-cli/target/archforge.jar}"
corpus="${CORPUS:-$root/../shared/corpus/openapi}"
work="${WORK:-/tmp/archforge-bench-inputs}"
mkdir -p "$work"

# 2,600 documents: 2,450 copies of openai.json and 50 each of asana, blockfrost and twilio
folder="$work/folder-2600"
if [ ! -f "$folder/.complete" ]; then
  rm -rf "$folder" && mkdir -p "$folder"
  for i in $(seq -w 1 2450); do cp "$corpus/openai.json" "$folder/openai-$i.json"; done
  for i in $(seq -w 1 50); do
    cp "$corpus/asana.json" "$folder/asana-$i.json"
    cp "$corpus/blockfrost.yaml" "$folder/blockfrost-$i.yaml"
    cp "$corpus/twilio-api-v2010.json" "$folder/twilio-$i.json"
  done
  touch "$folder/.complete"
fi
# 1,000,000 INSERT lines after one CREATE TABLE
inserts="$work/inserts.sql"
if [ ! -f "$inserts" ]; then
  { echo "CREATE TABLE t (id bigint PRIMARY KEY, name text NOT NULL);"
    awk 'BEGIN { for (i = 1; i <= 1000000; i++) printf "INSERT INTO t (id, name) VALUES (%d, '\''n%d'\'');\n", i, i }'
  } > "$inserts"
fi
# one 8 MB line: a base64-like example in a YAML document
longline="$work/long-line.yaml"
if [ ! -f "$longline" ]; then
  { printf 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  examples:\n    blob:\n      value: '
    head -c 6000000 /dev/zero | base64 -w 0; echo; } > "$longline"
fi
# a 20,000-step $ref chain: S0 -> S1 -> ... -> S19999, S0 used by one operation
chain="$work/ref-chain.yaml"
if [ ! -f "$chain" ]; then
  { printf 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n'
    printf "        '200':\n          description: ok\n          content:\n            application/json:\n"
    printf "              schema: {\$ref: '#/components/schemas/S0'}\ncomponents:\n  schemas:\n"
    awk 'BEGIN { for (i = 0; i < 19999; i++) printf "    S%d: {type: object, properties: {n: {$ref: \"#/components/schemas/S%d\"}}}\n", i, i + 1;
                 print "    S19999: {type: string}" }'
  } > "$chain"
fi

run() { # label, java options, then the review arguments
  local label="$1" heap="$2"; shift 2
  /usr/bin/time -v -o "$work/time.txt" java -XX:+UseSerialGC $heap -jar "$jar" review "$@" \
    --format json --output "$work/out.json" --fail-on never >/dev/null 2>"$work/err.txt" && code=0 || code=$?
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident/ { printf "%d", $2 / 1024 }' "$work/time.txt")
  echo "| $label | $wall | $rss | $code | $(head -c 120 "$work/err.txt" | head -1) |"
}

echo "| input | wall s | peak MB | exit | first stderr line |"
echo "|---|---:|---:|---:|---|"
run "folder of 2,600 documents (-Xmx1g)" -Xmx1g "$folder"
for f in github-rest.json kubernetes.json stripe.json; do run "$f" "" "$corpus/$f"; done
run "1,000,000 INSERT lines (-Xmx512m)" -Xmx512m "$inserts"
run "1,000,000 INSERT lines (-Xmx2g)" -Xmx2g "$inserts"
run "one 8 MB YAML line" "" "$longline"
run "20,000-step \$ref chain" "" "$chain"
