#!/usr/bin/env python3
"""Verify scale-out runs of `scamsignals check --jsonl` against one another (used by Scripts/scale-out.sh).

    verify-scale-out.py INPUT SINGLE [NAME=OUTPUT ...]

INPUT is the JSONL the runs read, SINGLE the output of one `scamsignals check --jsonl` process over
all of it, each NAME=OUTPUT the output of a split run (GNU parallel --pipe, Spark pipe, Hadoop
Streaming part files concatenated in order). Checks that every output has exactly one line per input
line, in input order, with the input's "id" and no "error"; that SINGLE's "line" is the input line
number; that in each split output "line" counts 1, 2, 3... within each block (every block is its own
process, whose numbering starts again at 1); and that every split output equals SINGLE once "line" is
removed. Exits 1 on the first ten failures.
"""
import json
import sys
from itertools import zip_longest


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    inp, single = sys.argv[1], sys.argv[2]
    split = [a.split("=", 1) if "=" in a else (a, a) for a in sys.argv[3:]]
    names = ["single"] + [n for n, _ in split]
    files = [open(inp, encoding="utf-8"), open(single, encoding="utf-8")] + [open(p, encoding="utf-8") for _, p in split]
    errors = []

    def fail(msg):
        errors.append(msg)
        if len(errors) >= 10:
            sys.exit("\n".join(errors) + "\n(stopping after 10 errors)")

    n = 0
    blocks = [0] * len(split)
    within = [0] * len(split)
    for i, lines in enumerate(zip_longest(*files), start=1):
        if any(l is None for l in lines):
            state = ", ".join(f"{nm} {'ends' if l is None else 'goes on'}" for nm, l in zip(["input"] + names, lines))
            fail(f"line {i}: line counts differ ({state})")
            break
        n = i
        want = json.loads(lines[0])["id"]
        results = []
        for name, raw in zip(names, lines[1:]):
            try:
                r = json.loads(raw)
            except json.JSONDecodeError as e:
                fail(f"line {i}: {name} output is not JSON: {e}")
                r = {}
            if r.get("id") != want:
                fail(f"line {i}: {name} output has id {r.get('id')!r}, input has {want!r}")
            if "error" in r:
                fail(f"line {i}: {name} output is an error: {r['error']}")
            results.append(r)
        ref = results[0]
        if ref.get("line") != i:
            fail(f"line {i}: single output has line {ref.get('line')!r}")
        ref = {k: v for k, v in ref.items() if k != "line"}
        for k, r in enumerate(results[1:]):
            no = r.get("line")
            if no == 1:
                blocks[k] += 1
                within[k] = 1
            else:
                within[k] += 1
                if no != within[k]:
                    fail(f"line {i}: {split[k][0]} output has line {no!r}, expected {within[k]} within its block")
            if {key: v for key, v in r.items() if key != "line"} != ref:
                fail(f"line {i} (id {want}): {split[k][0]} result differs from single once \"line\" is removed")
    for f in files:
        f.close()
    if errors:
        sys.exit("\n".join(errors))
    print(f"   OK: {n} input lines; {', '.join(names)}: {n} results each, ids in input order, no errors")
    for (name, _), b in zip(split, blocks):
        print(f"   OK: {name} identical to single apart from \"line\" ({b} blocks, each numbered from 1)")


if __name__ == "__main__":
    main()
