"""speed.py: single-thread MB/s of ScamSignals beside scikit-learn, fastText and a C reference loop.

Run through Benchmarks/compare-speed.sh, which sets up the virtual environment and one thread everywhere.
"""

import argparse
import datetime
import json
import os
import shlex
import statistics
import struct
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus  # noqa: E402
import readme  # noqa: E402

OUT = os.path.join("Benchmarks", "out", "speed")
# Targets of Benchmarks/README.md: ScamSignals' MB/s divided by the reference's.
TARGETS = [("full", "C loop", 0.4), ("tokenize", "C loop", 0.7), ("full", "scikit-learn", 25.0), ("full", "fastText", 8.0)]


def run(command, **kwargs):
    print("$ " + " ".join(shlex.quote(c) for c in command), file=sys.stderr)
    return subprocess.run(command, check=True, **kwargs)


def summary(name, seconds_per_pass, total_bytes, documents, how):
    """MB/s (10^6 bytes of UTF-8 text per second) of the median pass, with the fastest and slowest."""
    median = statistics.median(seconds_per_pass)
    return {"tool": name, "how": how, "mb_per_s": total_bytes / median / 1e6,
            "mb_per_s_min": total_bytes / max(seconds_per_pass) / 1e6, "mb_per_s_max": total_bytes / min(seconds_per_pass) / 1e6,
            "docs_per_s": documents / median, "passes": len(seconds_per_pass)}


def time_passes(body, passes):
    body()  # warm-up
    times = []
    for _ in range(passes):
        start = time.perf_counter()
        body()
        times.append(time.perf_counter() - start)
    return times


def scikit_learn(train, texts, total, passes):
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.naive_bayes import MultinomialNB

    vectorizer = CountVectorizer(ngram_range=(1, 2))
    model = MultinomialNB().fit(vectorizer.fit_transform([a.text for a in train]), [int(a.is_scam) for a in train])
    sink = []
    batch = time_passes(lambda: sink.append(model.predict_proba(vectorizer.transform(texts))[:, 1].sum()), passes)
    one = time_passes(lambda: sink.append(sum(model.predict_proba(vectorizer.transform([t]))[0, 1] for t in texts)), passes)
    return [summary("scikit-learn", batch, total, len(texts),
                    "CountVectorizer(ngram_range=(1,2)) + MultinomialNB: transform + predict_proba, all documents in one call"),
            summary("scikit-learn, one document per call", one, total, len(texts),
                    "the same, one transform + predict_proba call per document (as a service scoring ads one by one)")]


def fast_text(train, texts, total, passes):
    import fasttext

    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.writelines(corpus.fasttext_line(a) for a in train)
    try:
        model = fasttext.train_supervised(f.name, wordNgrams=2, thread=1, seed=1, verbose=0)
    finally:
        os.unlink(f.name)
    sink = []
    # fastText rejects "\n" inside a query (one example per line): replacing it is part of the per-document cost.
    times = time_passes(lambda: sink.append(sum(model.predict(t.replace("\n", " "))[1][0] for t in texts)), passes)
    return summary("fastText", times, total, len(texts),
                   "fasttext.train_supervised(wordNgrams=2), model.predict one document at a time")


def records(path, ads):
    with open(path, "wb") as f:
        for a in ads:
            data = a.text.encode("utf-8")
            f.write(struct.pack("<IB", len(data), 255 if a.is_scam is None else int(a.is_scam)) + data)


def c_loop(train, docs, passes, cc):
    os.makedirs(OUT, exist_ok=True)
    binary = os.path.join(OUT, "loop")
    compile_command = [cc, "-O2", "-o", binary, "Benchmarks/reference/loop.c", "-lm"]
    run(compile_command)
    records(os.path.join(OUT, "train.bin"), train)
    records(os.path.join(OUT, "docs.bin"), docs)
    result = json.loads(run([binary, os.path.join(OUT, "train.bin"), os.path.join(OUT, "docs.bin"), str(passes)],
                            capture_output=True, text=True).stdout)
    result.update(tool="C loop", how="Benchmarks/reference/loop.c: lowercase ASCII, split on non-alphanumerics, "
                  "FNV-1a unigrams + bigrams, one lookup each in 2^20 weights, sum",
                  docs_per_s=result["documents"] * result["mb_per_s"] * 1e6 / result["bytes"])
    return result, compile_command


def scamsignals(paths, passes, scratch):
    command = ["swift", "run", "-c", "release", "--scratch-path", scratch, "scamsignals-bench", *paths,
               "--json", "--passes", str(passes)]
    stdout = run(command, capture_output=True, text=True).stdout
    return json.loads(stdout[stdout.index("{"):]), command


def hot_loop_section(bench):
    """The bench's other figures from the same run: the remaining targets of issue 6, each marked met or not."""
    cores = max(int(k) for k in bench["scaling"])
    scale = bench["scaling"][str(cores)] / bench["scaling"]["1"]
    latency = bench["latency_us"]
    allocations = bench.get("allocations_per_doc", {})
    reuse = bench["stages"].get("full_workspace")
    lines = ["The rest of the hot loop, from the same `scamsignals-bench` run (what each figure is: "
             "`swift run -c release scamsignals-bench --help`):", "",
             "| figure | measured | target | met |", "|---|---:|---:|:---:|"]

    def row(name, value, target, met):
        lines.append(f"| {name} | {value} | {target} | {'yes' if met else '**no**'} |")

    two = bench.get("latency_2kb_us")
    if two:
        row(f"latency of a 2 KB ad, p50 / p99 / max (µs; {two['samples']:.0f} different 2 KB pieces of the input)",
            f"{two['p50']:.0f} / {two['p99']:.0f} / {two['max']:.0f}", "p99 < 50", two["p99"] < 50)
    lines.append("| latency of one input document, p50 / p99 / max (µs; they average "
                 f"{bench['bytes'] / bench['documents']:,.0f} bytes) | "
                 f"{latency['p50']:.0f} / {latency['p99']:.0f} / {latency['max']:.0f} | — | — |")
    if reuse:
        lines.append(f"| full assessment reusing one `AssessmentWorkspace` (MB/s) | {reuse['mb_per_s']:.2f} | — | — |")
    for key, label in [("full", "heap allocations per ad, `assess(bytes:)`"),
                       ("full_workspace", "heap allocations per ad, with a workspace")]:
        if key in allocations:
            row(label, f"{allocations[key]:.0f}", "0 (or explained)", allocations[key] < 1)
    if bench.get("model_heap_mb") is not None:
        row("memory the default classifier keeps: model, rules, tables (MB of heap, `mallinfo2`)",
            f"{bench['model_heap_mb']:.1f}", "≤ 8", bench["model_heap_mb"] <= 8)
    if bench.get("model_resident_mb") is not None:
        lines.append("| resident memory added by building it, including code pages run for the first time (MB) | "
                     f"{bench['model_resident_mb']:.1f} | — | — |")
    lines.append(f"| peak resident memory of the whole bench process (MB; corpus, 1 MB inputs, threads) | "
                 f"{bench['peak_rss_mb']:.1f} | — | — |")
    row("classifier construction from the embedded model (ms)", f"{bench['classifier_construction_ms']:.1f}", "≤ 20",
        bench["classifier_construction_ms"] <= 20)
    row(f"full assessment on {cores} threads ÷ 1 thread", f"{scale:.2f}×", f"≥ {0.9 * cores:g}× on {cores} cores",
        scale >= 0.9 * cores)
    for key, label in [("linearity_ns_per_byte", "`assess(bytes:)`, fresh buffers per call"),
                       ("linearity_workspace_ns_per_byte", "`assess(bytes:workspace:)`, one workspace")]:
        table = bench.get(key)
        if not table:
            continue
        worst = max(table[f]["1MB"] / table[f]["1KB"] for f in table if "1MB" in table[f])
        row(f"ns/byte at 1 MB ÷ at 1 KB, worst input family, {label}", f"{worst:.2f}×", "≤ 1.5×", worst <= 1.5)
    lines += ["", "ns per byte by input size (1 KB: 16 different ads or one pathological text; 64 KB and 1 MB "
              "likewise), fresh buffers / one workspace:", "",
              "| input | 1 KB | 64 KB | 1 MB | 1 MB ÷ 1 KB |", "|---|---:|---:|---:|---:|"]
    fresh = bench["linearity_ns_per_byte"]
    reused = bench.get("linearity_workspace_ns_per_byte") or {}
    for family in sorted(fresh):
        cells = []
        for size in ["1KB", "64KB", "1MB"]:
            a = fresh[family].get(size)
            b = reused.get(family, {}).get(size)
            cells.append("—" if a is None else f"{a:.1f}" + (f" / {b:.1f}" if b is not None else ""))
        ratio = f"{fresh[family]['1MB'] / fresh[family]['1KB']:.2f}×" if "1MB" in fresh[family] else "—"
        if family in reused and "1MB" in reused[family]:
            ratio += f" / {reused[family]['1MB'] / reused[family]['1KB']:.2f}×"
        lines.append(f"| {family.replace('_', ' ')} | " + " | ".join(cells) + f" | {ratio} |")
    return "\n".join(lines)


def first_line(command):
    try:
        out = subprocess.run(command, capture_output=True, text=True)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError):
        return "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", default=["Corpus"], help="JSONL/CSV files or folders with a text field (default: Corpus)")
    parser.add_argument("--train", nargs="+", default=None,
                        help="labelled corpus the reference tools learn from (default: the input if labelled, else Corpus)")
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--no-readme", action="store_true", help="print only; leave Benchmarks/README.md alone")
    parser.add_argument("--json", metavar="FILE",
                        help="also write every row as JSON, for scamsignals-bench --report PAGE --references FILE")
    args = parser.parse_args()
    scratch = os.environ.get("SCRATCH", ".build-compare")
    cc = os.environ.get("CC", "cc")

    docs = corpus.read(args.corpus, text_field=args.text_field)
    labelled = all(a.is_scam is not None for a in docs)
    train_paths = args.train or (args.corpus if labelled else ["Corpus"])
    train = [a for a in corpus.read(train_paths) if a.is_scam is not None]
    texts = [a.text for a in docs]
    total = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{len(docs)} documents, {total} bytes of UTF-8; reference tools trained on {len(train)} labelled ads "
          f"({' '.join(train_paths)}); {args.passes} timed passes each, one thread", file=sys.stderr)

    # The bench reads labelled corpora only: an unlabelled input goes to it as JSONL with a placeholder label.
    bench_paths = args.corpus
    if not labelled or args.text_field != "text":
        os.makedirs(OUT, exist_ok=True)
        bench_paths = [os.path.join(OUT, "input.jsonl")]
        corpus.write_jsonl(bench_paths[0], docs)

    load_before = os.getloadavg()
    rows = []
    loop, compile_command = c_loop(train, docs, args.passes, cc)
    rows.append(loop)
    rows += scikit_learn(train, texts, total, args.passes)
    rows.append(fast_text(train, texts, total, args.passes))
    bench, bench_command = scamsignals(bench_paths, args.passes, scratch)
    if (bench["documents"], bench["bytes"]) != (len(docs), total):
        sys.exit(f"the bench read {bench['documents']} documents / {bench['bytes']} bytes, the references "
                 f"{len(docs)} / {total}: not the same input")
    stages = bench["stages"]
    for stage, how in [("full", "Classifier.assess: tokenize, features, naive Bayes, rules, combination, explanations"),
                       ("tokenize", "normalization + tokenization only"),
                       ("naive_bayes", "features + naive Bayes on tokenized text"), ("rules", "all rules on tokenized text")]:
        s = stages[stage]
        rows.append({"tool": f"ScamSignals {stage}", "how": how, "mb_per_s": s["mb_per_s"], "mb_per_s_min": s["mb_per_s_min"],
                     "mb_per_s_max": s["mb_per_s_max"], "docs_per_s": s["docs_per_s"], "passes": bench["passes"]})

    load_after = os.getloadavg()
    load = (f"load average (1 min) {load_before[0]:.2f} before and {load_after[0]:.2f} after the timings, "
            f"on {os.cpu_count()} cores")
    if max(load_before[0], load_after[0]) > 0.75 * (os.cpu_count() or 1):
        load += ": **the machine was busy with other work, so the figures are lower and noisier than on an idle machine**"
    full, tokenize = stages["full"]["mb_per_s"], stages["tokenize"]["mb_per_s"]
    by_tool = {r["tool"]: r["mb_per_s"] for r in rows}
    table = ["| tool | MB/s (median) | min–max | docs/s | ScamSignals full ÷ tool | ScamSignals tokenize ÷ tool |",
             "|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        table.append(f"| {r['tool']} | {r['mb_per_s']:.2f} | {r['mb_per_s_min']:.2f}–{r['mb_per_s_max']:.2f} | "
                     f"{r['docs_per_s']:,.0f} | {full / r['mb_per_s']:.3g}× | {tokenize / r['mb_per_s']:.3g}× |")
    targets = ["| target | measured | met |", "|---|---:|:---:|"]
    for stage, tool, want in TARGETS:
        got = stages[stage]["mb_per_s"] / by_tool[tool]
        targets.append(f"| {stage} ≥ {want:g}× {tool} | {got:.3g}× | {'yes' if got >= want else '**no**'} |")
    how = "\n".join(f"- **{r['tool']}**: {r['how']}" for r in rows)
    hot_loop = hot_loop_section(bench)

    import fasttext  # noqa: F401  (versions for the record)
    import numpy
    import sklearn
    from importlib.metadata import version
    argv = " ".join(shlex.quote(a) for a in sys.argv[1:])
    commands = [f"Benchmarks/compare-speed.sh {argv}".rstrip(),
                " ".join(shlex.quote(c) for c in bench_command),
                " ".join(compile_command) + f" && {OUT}/loop {OUT}/train.bin {OUT}/docs.bin {args.passes}"]
    body = f"""## Results: speed

Generated by `Benchmarks/compare-speed.sh` on {datetime.date.today().isoformat()}.

- Machine: {readme.machine()}; every tool on one thread; {load}.
- ScamSignals {readme.source()}.
- Input: {' '.join(args.corpus)}, {len(docs):,} documents, {total:,} bytes of UTF-8 (MB = 10^6 bytes); the reference
  tools learned from {len(train):,} labelled ads ({' '.join(train_paths)}), ScamSignals used its embedded default model.
- Each figure is the median of {args.passes} timed passes over all documents after a warm-up pass (the C loop repeats
  the corpus {loop['repeats_per_pass']} times per pass, since one pass takes milliseconds); min–max is the slowest and
  fastest pass.

{chr(10).join(table)}

{chr(10).join(targets)}

What each row times:
{how}

The C loop classifies its own input with {loop['accuracy']:.1%} accuracy ({loop['labelled']} labelled documents; on the
training corpus that is resubstitution accuracy): a working naive Bayes, but with none of ScamSignals' normalization,
token kinds, rules or explanations.

{hot_loop}

Versions: {first_line(['swift', '--version'])}; {first_line([cc, '--version'])}; Python {sys.version.split()[0]},
scikit-learn {sklearn.__version__}, numpy {numpy.__version__}, fasttext-wheel {version('fasttext-wheel')}.

Commands:
```sh
{chr(10).join(commands)}
```
"""
    print("\n".join(table) + "\n\n" + "\n".join(targets) + "\n\n" + load)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"format": "scamsignals-compare-speed", "date": datetime.date.today().isoformat(),
                       "machine": readme.machine(), "documents": len(docs), "bytes": total, "passes": args.passes,
                       "load": load, "rows": rows}, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print(f"wrote {args.json}", file=sys.stderr)
    if not args.no_readme:
        readme.write_section("speed", body)
        print(f"wrote the speed section of {readme.README}", file=sys.stderr)


if __name__ == "__main__":
    main()
