#!/usr/bin/env bash
# Whole-process `archforge design` on a generated system of N entities (default 200), JVM start and
# writing every blueprint file included; and the fitness example for scale. Prints wall, CPU and
# peak RSS per run.
#
#   bench/design-synthetic.sh [entities] [runs] > bench-results/design.md
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-200}"
runs="${2:-3}"
work="$(mktemp -d)"
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
req="$work/synthetic-$n.yaml"

{
  echo "system: {name: synthetic, purpose: A generated system of $n entities for the speed benchmark.}"
  echo "features: [auth, notifications]"
  echo "actors: {member: People using it., admin: {description: Staff., admin: true}}"
  echo "entities:"
  echo "  User: {account: true, fields: {email: email required unique, display_name: string(80) required}}"
  for i in $(seq 1 $((n - 1))); do
    echo "  Thing$i:"
    echo "    owner: member"
    echo "    fields: {title: string(120) required, amount: decimal, happened_at: timestamp required, kind: 'enum(a, b, c)'}"
    if [ $((i % 5)) -ne 1 ]; then
      echo "    relations: [belongs-to User as member, belongs-to Thing$((i - 1)) as parent]"
    else
      echo "    relations: [belongs-to User as member]"
    fi
  done
  echo "access-patterns:"
  for i in $(seq 1 $((n - 1))); do
    echo "  - {name: list-thing$i, actor: member, list: Thing$i, filter: [member, kind], sort: happened_at desc, frequency: 2 per user per day}"
    echo "  - {name: create-thing$i, actor: member, create: Thing$i, frequency: 1 per user per day}"
  done
  echo "scale: {registered-users: 100000, daily-active-users: 20000, actions-per-user-per-day: 30, peak-factor: 3}"
  echo "team: {size: 8, teams: 1}"
} > "$req"

"$root/archforge" --version >/dev/null
echo "| input | entities | run | wall s | CPU s | peak MB | files |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for input in "$req" "$root/examples/design/fitness.yaml"; do
  label=$(basename "$input")
  count=$(grep -cE '^  [A-Z][A-Za-z0-9]*:' "$input")
  for r in $(seq 1 "$runs"); do
    rm -rf "$work/out"
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$root/archforge" design "$input" --out "$work/out" >/dev/null 2>"$work/err" \
      || { cat "$work/err" >&2; exit 1; }
    read -r wall user sys rss < <(tail -1 "$work/time")
    files=$(find "$work/out" -type f | wc -l)
    cpu=$(echo "$user + $sys" | bc)
    echo "| $label | $count | $r | $wall | $cpu | $((rss / 1024)) | $files |"
  done
done
