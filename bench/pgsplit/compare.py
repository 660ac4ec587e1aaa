#!/usr/bin/env python3
"""Compares statement boundaries printed by pgsplit (libpg_query) and SplitSpans (archforge).

    compare.py PGSPLIT_OUTPUT ARCHFORGE_OUTPUT DIR LABEL [KNOWN_DIFFERENCES_TSV]

Both outputs hold "file<TAB>path<TAB>how<TAB>detail" headers (paths relative to DIR), each followed by
"stmt<TAB>start<TAB>end" lines (UTF-8 byte offsets of the first token and of the closing ';', or
"eof"). A file agrees when both list the same statements. Files named in KNOWN_DIFFERENCES_TSV
(LABEL/path, a tab, the reason) are listed as explained instead of failing.
Prints a summary; exits 1 when a disagreement is not explained, or when an explained one went away.
"""
import sys
from pathlib import Path


def read(path):
    files = {}
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if cells[0] == "file":
                current = {"how": cells[2], "detail": cells[3] if len(cells) > 3 else "", "stmts": []}
                files[cells[1]] = current
            elif cells[0] == "stmt":
                current["stmts"].append((int(cells[1]), cells[2]))
    return files


def line_col(data, offset):
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[data.rfind(b"\n", 0, offset) + 1:offset].decode("utf-8", "replace")) + 1
    return f"{line}:{column}"


def describe(data, stmt):
    start, end = stmt
    text = data[start:start + 40].decode("utf-8", "replace").split("\n")[0]
    where = "eof" if end == "eof" else line_col(data, int(end))
    return f"{line_col(data, start)}..{where} (bytes {start}..{end}) {text!r}"


def main():
    pg, af = read(sys.argv[1]), read(sys.argv[2])
    corpus = Path(sys.argv[3])
    known = {}
    label = sys.argv[4]
    if len(sys.argv) > 5:
        for row in open(sys.argv[5], encoding="utf-8"):
            if row.strip() and not row.startswith("#"):
                name, reason = row.rstrip("\n").split("\t", 1)
                if name.startswith(label + "/"):
                    known[name[len(label) + 1:]] = reason
    if set(pg) != set(af):
        sys.exit(f"the two outputs list different files: {sorted(set(pg) ^ set(af))[:5]}")

    compared = agreeing = statements = same_statements = 0
    by_how = {"parser": 0, "scanner": 0}
    blanked = []
    not_compared = []
    unexplained = []
    explained = []
    stale = []
    for name in sorted(pg):
        p, a = pg[name], af[name]
        rel = name
        if "psql:" in p["detail"] or "templates:" in p["detail"]:
            blanked.append(rel)
        if p["how"] == "error":
            not_compared.append(f"{rel}: {p['detail']}")
            continue
        compared += 1
        by_how[p["how"]] += 1
        statements += len(p["stmts"])
        same = set(p["stmts"]) & set(a["stmts"])
        same_statements += len(same)
        if p["stmts"] == a["stmts"]:
            agreeing += 1
            if rel in known:
                stale.append(rel)
            continue
        data = (corpus / name).read_bytes()
        lines = [f"{rel} ({p['how']}): libpg_query {len(p['stmts'])} statements, archforge {len(a['stmts'])}"]
        if p["how"] == "scanner":
            lines.append(f"    {p['detail']}")
        lines += [f"    only libpg_query: {describe(data, s)}" for s in p["stmts"] if s not in same]
        lines += [f"    only archforge:   {describe(data, s)}" for s in a["stmts"] if s not in same]
        if rel in known:
            explained.append(lines + [f"    explained: {known[rel]}"])
        else:
            unexplained.append(lines)

    print(f"files: {len(pg)}, compared: {compared} ({by_how['parser']} split by libpg_query's parser, "
          f"{by_how['scanner']} by its scanner because the parser rejects them), not compared: {len(not_compared)}")
    print(f"files with psql lines or template placeholders replaced for libpg_query: {len(blanked)}")
    print(f"files agreeing: {agreeing} of {compared}")
    print(f"statements (libpg_query): {statements}, with the same boundaries in archforge: {same_statements}")
    print(f"explained differences: {len(explained)} files, unexplained: {len(unexplained)} files")
    for item in not_compared:
        print(f"not compared: {item}")
    for block in explained:
        print("\n".join(block))
    for block in unexplained:
        print("DISAGREE " + "\n".join(block))
    for rel in stale:
        print(f"STALE known difference, the file now agrees: {rel}")
    sys.exit(1 if unexplained or stale else 0)


if __name__ == "__main__":
    main()
