#!/usr/bin/env python3
"""Per sign x language recall and false-fire rate of the rules on one-sign probe files.

A probe is one JSON line {"signal": ID, "lang": "id"|"vi"|"en", "fires": true|false, "text": ...}:
a positive carries that one warning sign in some wording, a negative is a legitimate text on the same
topic without it. Recall is the share of positives on which the sign fires; the false-fire rate is the
share of negatives on which it fires anyway. Other signs firing on a probe are not counted.

    swift build -c release --scratch-path .build-rules
    python3 Scripts/probe-report.py --scamsignals .build-rules/release/scamsignals \
        Tests/ScamSignalsTests/Fixtures/probes-dev.jsonl
    python3 Scripts/probe-report.py --misses Tests/ScamSignalsTests/Fixtures/probes-dev.jsonl   # list failures
    python3 Scripts/probe-report.py --markdown ... > table.md                                    # docs table

The probes are scored with `scamsignals check --jsonl`, so the rules in force are the embedded ones
(run Scripts/embed-resources.py after editing builtin-rules.json), plus any --rules packs.
"""

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict

LANGS = ["id", "vi", "en"]


def load(path):
    probes = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            p = json.loads(line)
            for field in ("signal", "lang", "fires", "text"):
                if field not in p:
                    sys.exit(f"{path}:{n}: missing field {field!r}")
            probes.append(p)
    return probes


def score(probes, binary, rules):
    """The ids of the signs that fire on each probe, in order."""
    command = [binary, "check", "--jsonl", "--quiet"]
    for r in rules:
        command += ["--rules", r]
    lines = "".join(json.dumps({"text": p["text"]}, ensure_ascii=False) + "\n" for p in probes)
    out = subprocess.run(command, input=lines.encode(), stdout=subprocess.PIPE, check=True).stdout
    results = [json.loads(l) for l in out.decode().splitlines() if l.strip()]
    if len(results) != len(probes):
        sys.exit(f"expected {len(probes)} results, got {len(results)}")
    return [{s["id"] for s in r["signals"]} for r in results]


def tally(probes, fired):
    """(signal, lang) -> [positives, hits, negatives, false fires]."""
    cells = defaultdict(lambda: [0, 0, 0, 0])
    for p, ids in zip(probes, fired):
        c = cells[p["signal"], p["lang"]]
        hit = p["signal"] in ids
        if p["fires"]:
            c[0] += 1
            c[1] += hit
        else:
            c[2] += 1
            c[3] += hit
    return cells


def total(cells, keys):
    t = [0, 0, 0, 0]
    for k in keys:
        for i in range(4):
            t[i] += cells[k][i]
    return t


def rate(n, d):
    return None if d == 0 else n / d


def fmt(c):
    r, f = rate(c[1], c[0]), rate(c[3], c[2])
    rs = "  –  " if r is None else f"{r:.2f}"
    fs = "  –  " if f is None else f"{f:.2f}"
    return rs, fs


def report(probes, fired, markdown, title):
    cells = tally(probes, fired)
    signals = list(dict.fromkeys(p["signal"] for p in probes))
    rows = []
    for s in signals:
        row = [s]
        for l in LANGS + ["all"]:
            keys = [(s, x) for x in LANGS] if l == "all" else [(s, l)]
            row += fmt(total(cells, keys))
        rows.append(row)
    row = ["all signs"]
    for l in LANGS + ["all"]:
        keys = [(s, x) for s in signals for x in (LANGS if l == "all" else [l])]
        row += fmt(total(cells, keys))
    rows.append(row)
    counts = total(cells, list(cells))
    lines = []
    if markdown:
        lines.append(f"{title}: {counts[0]} positives, {counts[2]} negatives; R = recall on positives, "
                     "F = false-fire rate on negatives.\n")
        lines.append("| sign | id R | id F | vi R | vi F | en R | en F | all R | all F |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in rows:
            name = f"**{r[0]}**" if r[0] == "all signs" else f"`{r[0]}`"
            lines.append("| " + " | ".join([name] + [x.strip() for x in r[1:]]) + " |")
    else:
        lines.append(f"{title}: {counts[0]} positives, {counts[2]} negatives (R = recall, F = false-fire rate)")
        lines.append(f"{'sign':<24}" + "".join(f"{l + ' R':>7}{l + ' F':>7}" for l in LANGS + ["all"]))
        for r in rows:
            lines.append(f"{r[0]:<24}" + "".join(f"{x:>7}" for x in r[1:]))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", help="probe files (JSON Lines)")
    ap.add_argument("--scamsignals", default=os.environ.get("SCAMSIGNALS", ".build/release/scamsignals"),
                    help="the CLI binary (default: $SCAMSIGNALS or .build/release/scamsignals)")
    ap.add_argument("--rules", action="append", default=[], help="extra rule pack, passed to check")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("--json", action="store_true", help="print the counts as JSON")
    ap.add_argument("--misses", action="store_true", help="also list missed positives and false fires")
    args = ap.parse_args()
    for path in args.files:
        probes = load(path)
        fired = score(probes, args.scamsignals, args.rules)
        if args.json:
            cells = tally(probes, fired)
            print(json.dumps({"file": path, "cells": [
                {"signal": s, "lang": l, "positives": c[0], "hits": c[1], "negatives": c[2], "false_fires": c[3]}
                for (s, l), c in cells.items()]}))
        else:
            print(report(probes, fired, args.markdown, os.path.basename(path)))
        if args.misses:
            for p, ids in zip(probes, fired):
                hit = p["signal"] in ids
                if p["fires"] and not hit:
                    print(f"MISS  {p['signal']:<24} {p['lang']}  {p['text']}")
                elif not p["fires"] and hit:
                    print(f"FALSE {p['signal']:<24} {p['lang']}  {p['text']}")
        print()


if __name__ == "__main__":
    main()
