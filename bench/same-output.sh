#!/usr/bin/env bash
# Checks that a restructuring changed no review output: runs two archforge jars on every corpus
# API, schema and migration folder and on examples/bookstore.yaml, in the default and the strict
# profile (plus lemmy offline and `archforge rules`), as JSON, and compares the outputs byte for
# byte. Exit 0 when all are identical, 1 with the diff otherwise.
#
#   bench/same-output.sh OLD.jar NEW.jar [corpus-dir]
# Build each jar with `./mvnw -o -q -pl archforge-cli -am package -DskipTests` in a checkout of the
# commit (target/archforge.jar in archforge-cli), and copy it aside.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
old="$1"
new="$2"
corpus="${3:-$root/../shared/corpus}"
work="$(mktemp -d)"
strict="$work/strict.yaml"
printf 'profile: strict\n' > "$strict"

run() {
  local jar="$1" out="$2"
  mkdir -p "$out"
  local inputs=("$corpus"/openapi/* "$corpus"/sql/schemas/* "$corpus"/sql/migrations/* "$root/examples/bookstore.yaml")
  for input in "${inputs[@]}"; do
    local name
    name="$(basename "$input")"
    java -jar "$jar" review "$input" -f json --fail-on never > "$out/$name.default.json" 2> "$out/$name.default.err" || true
    java -jar "$jar" review "$input" -f json --fail-on never -c "$strict" > "$out/$name.strict.json" 2> "$out/$name.strict.err" || true
  done
  java -jar "$jar" review "$corpus/sql/migrations/lemmy" --migrations offline -f json --fail-on never \
    > "$out/lemmy.offline.json" 2>&1 || true
  java -jar "$jar" rules > "$out/rules.txt" 2>&1
}

run "$old" "$work/old"
run "$new" "$work/new"
outputs=$(ls "$work/new" | wc -l)
findings=$(cat "$work"/new/*.json | grep -c '"ruleId"' || true)
if diff -r "$work/old" "$work/new"; then
  echo "same output: $outputs outputs, $findings findings"
  rm -rf "$work"
else
  echo "outputs differ (kept in $work)" >&2
  exit 1
fi
