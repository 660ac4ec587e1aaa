#!/usr/bin/env bash
# The warm path: review through one running `archforge mcp` (the SDK's client over stdio) against the
# cold CLI, squawk and Redocly in the same run. Prints Markdown tables for BENCHMARKS.md.
#
#   bench/mcp-bench.sh [corpus-dir] > bench-results/mcp.md      (RUNS=n calls per warm row, default 6)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$(cd "${1:-$root/../shared/corpus}" && pwd)"
cd "$root"
"$root/archforge" --version >/dev/null
./mvnw -o -q -B -pl archforge-mcp -am test-compile -Dspotless.skip >&2
./mvnw -o -q -B -pl archforge-mcp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/mcp-bench-cp.$$ >&2
cp="$root/archforge-mcp/target/test-classes:$root/archforge-mcp/target/classes:$(cat /tmp/mcp-bench-cp.$$)"

echo "## Warm: one archforge mcp server, review called ${RUNS:-6} times per row"
echo
echo "| call | first call | warm | findings |"
echo "|---|---|---|---|"
java -cp "$cp" dev.archforge.mcp.McpBench "$root" "$corpus" "${RUNS:-6}"
echo
echo "## Cold, same run: the SQL corpus (bench/compare-sql.sh)"
echo
bench/compare-sql.sh "$corpus/sql"
echo
echo "## Cold, same run: github-rest.json (bench/compare.sh, Spectral left out)"
echo
one="$(mktemp -d)"
ln -s "$corpus/openapi/github-rest.json" "$one/github-rest.json"
SKIP_SPECTRAL=1 bench/compare.sh "$one"
rm -rf "$one" /tmp/mcp-bench-cp.$$
