#!/usr/bin/env bash
# Validates archforge's SARIF output with Microsoft's SARIF Multitool (schema and SARIF rules), the
# validator the SARIF spec authors maintain. Installs it from the npm registry into .cache/sarif.
#
#   bench/verify-sarif.sh [file...]      (default: the example and three corpus documents)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool="$root/.cache/sarif"
if [ ! -x "$tool/node_modules/.bin/sarif-multitool" ]; then
  mkdir -p "$tool"
  npm install --silent --no-audit --no-fund --prefix "$tool" @microsoft/sarif-multitool@5.7.0 >&2
fi
corpus="$root/../shared/corpus/openapi"
inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
  inputs=("$root/examples/bookstore.yaml")
  for f in stripe.json twilio-api-v2010.json github-rest.json; do
    [ -f "$corpus/$f" ] && inputs+=("$corpus/$f")
  done
fi
status=0
work="$(mktemp -d)"
for f in "${inputs[@]}"; do
  name="$(basename "$f")"
  "$root/archforge" review "$f" --format sarif --output "$work/$name.sarif" --fail-on never
  "$tool/node_modules/.bin/sarif-multitool" validate "$work/$name.sarif" --output "$work/$name.validation.sarif" >/dev/null
  problems=$(grep -c '"ruleId"' "$work/$name.validation.sarif" || true)
  echo "$name: $(grep -c '"ruleId"' "$work/$name.sarif" || true) results, $problems validation problems"
  [ "$problems" -eq 0 ] || { status=1; cat "$work/$name.validation.sarif"; }
done
rm -rf "$work"
exit $status
