#!/usr/bin/env bash
# Whole-corpus SQL review: archforge and squawk on every PostgreSQL schema and migration file of the
# shared corpus, each in one process, JVM start included. Prints wall, CPU (user+sys), peak RSS and
# findings. Installs squawk-cli from the npm registry into .cache/squawk.
#
#   bench/compare-sql.sh [corpus-sql-dir] > bench-results/compare-sql.md
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/corpus/sql}"
tool="$root/.cache/squawk"
SQUAWK_VERSION=2.66.0
if [ ! -x "$tool/node_modules/.bin/squawk" ]; then
  mkdir -p "$tool"
  npm install --silent --no-audit --no-fund --prefix "$tool" "squawk-cli@$SQUAWK_VERSION" >&2
fi
"$root/archforge" --version >/dev/null

files=$(find "$corpus" -type f \( -name '*.sql' -o -name '*.sql.postgres' \) | sort)
count=$(echo "$files" | wc -l)
# archforge: each schema dump on its own, each project's migrations folder as one ordered history
inputs=()
for f in "$corpus"/schemas/*.sql; do inputs+=("$f"); done
for d in "$corpus"/schemas/*/ "$corpus"/migrations/*/; do inputs+=("${d%/}"); done

echo "| tool | files | wall s | CPU s | peak MB | findings |"
echo "|---|---:|---:|---:|---:|---:|"
/usr/bin/time -f '%e %U %S %M' -o /tmp/sq-time.$$ \
  "$root/archforge" review "${inputs[@]}" --format json --fail-on never >/tmp/sq-out.$$ 2>/dev/null || true
read -r wall user sys rss < <(tail -1 /tmp/sq-time.$$)
found=$(grep -o '"total": [0-9]*' /tmp/sq-out.$$ | tail -1 | grep -o '[0-9]*')
reviewed=$(python3 -c "import json,sys; print(len(json.load(open('/tmp/sq-out.$$'))['files']))")
echo "| archforge | $reviewed | $wall | $(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}') | $((rss/1024)) | $found |"

echo "$files" | tr '\n' '\0' | /usr/bin/time -f '%e %U %S %M' -o /tmp/sq-time.$$ \
  xargs -0 "$tool/node_modules/.bin/squawk" --reporter json >/tmp/sq-out.$$ 2>/dev/null || true
read -r wall user sys rss < <(tail -1 /tmp/sq-time.$$)
found=$(python3 -c "
import json
n=0
for line in open('/tmp/sq-out.$$'):
    line=line.strip()
    if line.startswith('['):
        n+=len(json.loads(line))
print(n)" 2>/dev/null || echo '?')
echo "| squawk $SQUAWK_VERSION | $count | $wall | $(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}') | $((rss/1024)) | $found |"
rm -f /tmp/sq-time.$$ /tmp/sq-out.$$
