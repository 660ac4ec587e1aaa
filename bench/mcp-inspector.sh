#!/usr/bin/env bash
# A real external MCP client against `archforge mcp`: the MCP Inspector's command-line mode lists the
# tools and calls review and design on the examples; each answer is checked. Installs the Inspector
# from the npm registry into .cache/mcp-inspector (the in-build InspectorIT runs only once it is there).
#
#   bench/mcp-inspector.sh            # install if needed, then run and check
#   bench/mcp-inspector.sh --install  # install only (what CI does before ./mvnw verify)
#   SERVER="java -cp CP dev.archforge.mcp.StdioServerMain" bench/mcp-inspector.sh  # another server command
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool="$root/.cache/mcp-inspector"
INSPECTOR_VERSION=2.12.0
if [ ! -x "$tool/node_modules/.bin/mcp-inspector" ]; then
  mkdir -p "$tool"
  npm install --silent --no-audit --no-fund --prefix "$tool" "@modelcontextprotocol/inspector@$INSPECTOR_VERSION" >&2
fi
[ "${1:-}" = "--install" ] && exit 0

cd "$root"
read -r -a server <<< "${SERVER:-$root/archforge mcp}"
inspect() { "$tool/node_modules/.bin/mcp-inspector" --cli "${server[@]}" "$@" 2>/dev/null; }
fail() { echo "mcp-inspector: FAILED: $*" >&2; exit 1; }

tools=$(inspect --method tools/list)
names=$(jq -r '[.tools[].name] | join(",")' <<< "$tools")
[ "$names" = "review,list_rules,explain_rule,draft_requirements,design,review_design" ] || fail "tools/list gave $names"
jq -e '[.tools[] | .annotations.openWorldHint == false and (.outputSchema.type == "object")] | all' <<< "$tools" >/dev/null \
  || fail "a tool lacks its output schema or openWorldHint"
echo "tools/list: $names"

review=$(inspect --method tools/call --tool-name review --tool-arg 'paths=["examples/bookstore.yaml"]')
jq -e '.isError != true and .structuredContent.summary.total > 0
       and (.structuredContent.findings[0].location.file == "examples/bookstore.yaml")
       and (.structuredContent.rules[0].howToFix | length > 0)' <<< "$review" >/dev/null \
  || fail "review of examples/bookstore.yaml: $(head -c 400 <<< "$review")"
echo "review: $(jq -r '.structuredContent.summary.text' <<< "$review" | cut -c1-140)"

design=$(inspect --method tools/call --tool-name design --tool-arg path=examples/design/chat.yaml)
jq -e '.isError != true and (.structuredContent.decisions | length > 5)
       and (.structuredContent.decisions | all(.rationale != "" and .revisitWhen != null))
       and (.structuredContent.capacity | length > 0)' <<< "$design" >/dev/null \
  || fail "design of examples/design/chat.yaml: $(head -c 400 <<< "$design")"
echo "design: $(jq -r '.structuredContent.summary' <<< "$design" | head -1)"

bad=$(inspect --method tools/call --tool-name design --tool-arg 'requirementsYaml=system: {name: x}
entities: 3' || true)
# the Inspector exits 1 on a tool error and prints a second JSON line: the result is the first
jq -s -e '.[0] | .isError == true and (.content[0].text | test("^archforge.yaml:[0-9]+:[0-9]+: "))' <<< "$bad" >/dev/null \
  || fail "bad requirements were not a located tool error: $(head -c 400 <<< "$bad")"
echo "bad input: $(jq -s -r '.[0].content[0].text' <<< "$bad" | head -1)"
echo "mcp-inspector: all checks passed"
