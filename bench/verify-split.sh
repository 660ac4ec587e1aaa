#!/usr/bin/env bash
# Checks archforge's statement splitter against PostgreSQL's own parser: libpg_query (Debian's
# libpg-query-dev, installed when missing) splits every *.sql and *.sql.postgres file of the shared
# SQL corpus and the hand-written edge cases in bench/pgsplit/probes/, archforge's ScriptSplitter
# splits the same files, and each statement's first token and closing ';' (UTF-8 byte offsets) must
# be the same. Differences that libpg_query causes are listed, with the reason, in
# bench/pgsplit/known-differences.tsv. Prints a summary; exits 1 on any other difference.
#
#   bench/verify-split.sh [corpus-sql-dir]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$(cd "${1:-$root/../shared/corpus/sql}" && pwd)"
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
if [ ! -f /usr/include/pg_query.h ]; then
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libpg-query-dev >/dev/null
fi
grep -q pg_query_split_with_parser /usr/include/pg_query.h \
  || { echo "libpg_query without pg_query_split_with_parser" >&2; exit 2; }
tool="$root/.cache/pgsplit"
mkdir -p "$tool"
gcc -O2 -Wall -Wextra -Werror -o "$tool/pgsplit" "$root/bench/pgsplit/pgsplit.c" -lpg_query
jar="$root/archforge-bench/target/benchmarks.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/archforge-sql/src/main" "$root/archforge-bench/src/main" -newer "$jar" -print -quit)" ]; then
  (cd "$root" && ./mvnw -o -q package -pl archforge-bench -am -DskipTests) >&2
fi
echo "libpg_query $(dpkg-query -W -f '${Version}' libpg-query-dev 2>/dev/null || echo '?') (PostgreSQL $(sed -n 's/#define PG_VERSION "\(.*\)"/\1/p' /usr/include/pg_query.h)), $(date -u '+%Y-%m-%d %H:%M UTC')"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
check() { # label, directory, file list (NUL-separated, relative to the directory)
  echo "== $1"
  (cd "$2" && xargs -0 "$tool/pgsplit" < "$3" > "$work/$1.pg")
  (cd "$2" && xargs -0 java -cp "$jar" dev.archforge.bench.SplitSpans < "$3" > "$work/$1.af")
  python3 "$root/bench/pgsplit/compare.py" "$work/$1.pg" "$work/$1.af" "$2" "$1" \
    "$root/bench/pgsplit/known-differences.tsv" || status=1
}
(cd "$corpus" && find schemas migrations -type f \( -name '*.sql' -o -name '*.sql.postgres' \) -print0 | sort -z) > "$work/corpus.list"
check corpus "$corpus" "$work/corpus.list"
(cd "$root/bench/pgsplit/probes" && find . -name '*.sql' -printf '%P\0' | sort -z) > "$work/probes.list"
check probes "$root/bench/pgsplit/probes" "$work/probes.list"
exit $status
