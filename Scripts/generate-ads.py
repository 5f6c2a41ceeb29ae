#!/usr/bin/env python3
"""Synthetic load for scale-out tests: recombine sentences of Corpus/*.jsonl into new JSONL ads.

Each output ad takes 3-10 sentences from ads of one language and one label (scam or legit) of the
bundled corpus, in random order, so the texts look like ads and exercise the same rules, but they are
not real ads: this is throughput and consistency load, never training or evaluation data.

Output is deterministic for a given --seed and corpus; every line is {"id": "...", "text": "..."}
with a unique id.

    python3 Scripts/generate-ads.py --count 200000 --seed 42 > /tmp/ads.jsonl
"""
import argparse
import json
import random
import re
import sys
from pathlib import Path

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def sentences(text):
    out = []
    for para in text.split("\n"):
        for s in SENTENCE_END.split(para.strip()):
            s = s.strip()
            if len(s) >= 3:
                out.append(s)
    return out


def load_pools(corpus_dir):
    pools = {}
    for path in sorted(Path(corpus_dir).glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for raw in f:
                raw = raw.strip()
                if not raw:
                    continue
                ad = json.loads(raw)
                key = (ad.get("lang") or path.stem, ad.get("label") or "unknown")
                pools.setdefault(key, []).extend(sentences(ad["text"]))
    return {k: v for k, v in sorted(pools.items()) if v}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--count", type=int, default=200_000, help="number of ads (default 200000)")
    p.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    p.add_argument("--corpus", default=str(Path(__file__).resolve().parent.parent / "Corpus"),
                   help="folder of *.jsonl ads to sample from (default: the repository's Corpus)")
    p.add_argument("--output", "-o", default="-", help="output file (default: standard output)")
    args = p.parse_args()

    pools = load_pools(args.corpus)
    if not pools:
        sys.exit(f"no ads found in {args.corpus}/*.jsonl")
    keys = list(pools)
    rng = random.Random(args.seed)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    width = len(str(args.count))
    with out:
        for i in range(1, args.count + 1):
            lang, label = keys[rng.randrange(len(keys))]
            pool = pools[(lang, label)]
            parts = [pool[rng.randrange(len(pool))] for _ in range(rng.randint(3, 10))]
            sep = "\n" if rng.random() < 0.5 else " "
            ad = {"id": f"syn-{lang}-{i:0{width}d}", "text": sep.join(parts)}
            out.write(json.dumps(ad, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
