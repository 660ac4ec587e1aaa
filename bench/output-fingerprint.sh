#!/usr/bin/env bash
# Prints one line per output of a fixed set of archforge runs: the command, its exit code and the
# SHA-256 of its stdout and stderr. Run it before and after a restructuring and diff the two files:
# no line may change. Usage: bench/output-fingerprint.sh [JAR] > before.txt
#   JAR defaults to archforge-cli/target/archforge.jar (build it first: ./archforge --version).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${1:-$root/archforge-cli/target/archforge.jar}"
corpus="$root/../shared/corpus"
cd "$root"
run() {
  local out err rc
  out="$(mktemp)"; err="$(mktemp)"
  java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" "$@" >"$out" 2>"$err"; rc=$?
  # a blueprint folder written with --out is hashed file by file
  printf '%s\trc=%s\tout=%s\terr=%s\n' "$*" "$rc" "$(sha256sum <"$out" | cut -c1-16)" "$(sha256sum <"$err" | cut -c1-16)"
  rm -f "$out" "$err"
}
for f in examples/bookstore.yaml examples/design/*/api/openapi.yaml; do
  for fmt in text json sarif markdown junit github; do run review "$f" --format "$fmt" --fail-on never; done
done
for d in examples/design/*/db/migration; do
  for fmt in text json sarif; do run review "$d" --format "$fmt"; done
done
run review examples --format json
if [ -d "$corpus" ]; then
  for f in "$corpus"/openapi/*; do run review "$f" --format json; done
  for d in "$corpus"/sql/migrations/*; do run review "$d" --format json; done
  for f in "$corpus"/sql/schemas/*; do run review "$f" --format json; done
  run review "$corpus"/sql/migrations/lemmy --migrations offline --format sarif
fi
for y in examples/design/*.yaml; do
  run design "$y" --format json
  run design "$y"
  tmp="$(mktemp -d)"
  java -jar "$jar" design "$y" --out "$tmp/bp" >/dev/null 2>&1
  printf 'design %s --out\tfiles=%s\n' "$y" "$(cd "$tmp/bp" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)"
  rm -rf "$tmp"
done
tmp="$(mktemp -d)"
(cd "$tmp" && run init --no-input --out archforge.yaml "A marketplace where 2 million buyers order from 40,000 sellers; 300 orders per second at peak")
printf 'init file\t%s\n' "$(sha256sum <"$tmp/archforge.yaml" | cut -c1-16)"
rm -rf "$tmp"
run rules
run rules --format json
run explain api-path-verb
run review does-not-exist.yaml
run review --sql-mode bogus examples/bookstore.yaml
