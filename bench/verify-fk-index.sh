#!/usr/bin/env bash
# Checks sql-foreign-key-without-index against PostgreSQL's own catalog: loads the MusicBrainz
# schema from the shared corpus into a throwaway PostgreSQL cluster (Debian's postgresql package,
# installed when missing), lists the foreign keys no non-partial index leads with, and compares
# them with what `archforge review --sql-mode schema` reports. Prints both counts and the diff.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
schema="${1:-$root/../shared/corpus/sql/schemas/musicbrainz}"
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
fi
bin="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | tail -1)")"
data="$(mktemp -d)"; port=5499
run() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$*"; else bash -c "$*"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$data"
run "$bin/initdb -D $data -A trust -U postgres >/dev/null"
run "$bin/pg_ctl -D $data -o '-p $port -k /tmp -c listen_addresses=' -l $data/log start >/dev/null"
trap 'run "$bin/pg_ctl -D $data stop -m fast >/dev/null"; rm -rf "$data"' EXIT
psql="psql -h /tmp -p $port -U postgres -q -At"
$psql -c "create database mb" -c "select 1" >/dev/null
$psql -d mb -c "create schema musicbrainz" -c "alter database mb set search_path = musicbrainz, public" >/dev/null
for f in Extensions CreateCollations CreateTypes CreateTables CreatePrimaryKeys CreateFunctions CreateIndexes CreateFKConstraints CreateConstraints; do
  $psql -d mb -f "$schema/$f.sql" >/dev/null 2>&1 || echo "note: $f.sql did not load completely" >&2
done
$psql -d mb -c "select conname from pg_constraint c where c.contype = 'f' and not exists (
    select 1 from pg_index i where i.indrelid = c.conrelid and i.indpred is null
      and (string_to_array(i.indkey::text, ' ')::int2[])[1:array_length(c.conkey, 1)] @> c.conkey
      and (string_to_array(i.indkey::text, ' ')::int2[])[1:array_length(c.conkey, 1)] <@ c.conkey)
  order by 1" > "$data/catalog.txt"
"$root/archforge" review "$schema" --sql-mode schema --format json --fail-on never 2>/dev/null | python3 -c "
import json, re, sys
d = json.load(sys.stdin)
names = [re.search(r\"Foreign key '([^']+)'\", f['message']).group(1)[:63]  # PostgreSQL cuts names at 63 bytes
         for f in d['findings'] if f['ruleId'] == 'sql-foreign-key-without-index']
print('\n'.join(sorted(names)))" > "$data/archforge.txt"
echo "foreign keys without a leading index: PostgreSQL catalog $(wc -l < "$data/catalog.txt"), archforge $(wc -l < "$data/archforge.txt")"
diff "$data/catalog.txt" "$data/archforge.txt" && echo "same foreign keys"
