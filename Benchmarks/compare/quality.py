"""quality.py: F1 and ROC AUC of ScamSignals and scikit-learn's naive Bayes on the same stratified folds.

Run through Benchmarks/compare-quality.sh, which sets up the virtual environment and builds the CLI.
"""

import argparse
import datetime
import json
import math
import os
import shlex
import statistics
import subprocess
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus  # noqa: E402
import readme  # noqa: E402

OUT = os.path.join("Benchmarks", "out", "quality")
LANGUAGES = {"id": "Indonesian", "vi": "Vietnamese", "en": "English"}
SEED = 20240917  # the folds are computed once, from this seed
TOOLS = [("sklearn", "scikit-learn NB"), ("nb", "ScamSignals NB alone"), ("full", "ScamSignals full")]


def run(command, **kwargs):
    return subprocess.run(command, check=True, **kwargs)


def folds_of(ads, k):
    """Stratified by label and language (by label alone when a language has too few ads for k folds)."""
    from sklearn.model_selection import StratifiedKFold

    strata = [f"{a.is_scam}/{a.lang}" for a in ads]
    counts = defaultdict(int)
    for s in strata:
        counts[s] += 1
    if min(counts.values()) < k:
        strata = [str(a.is_scam) for a in ads]
    return [test for _, test in StratifiedKFold(n_splits=k, shuffle=True, random_state=SEED).split(strata, strata)]


def scikit_learn(train, test):
    """P(scam) and the unsaturated log-odds (joint log-likelihood difference) of each test ad."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.naive_bayes import MultinomialNB

    vectorizer = CountVectorizer(ngram_range=(1, 2))
    model = MultinomialNB().fit(vectorizer.fit_transform([a.text for a in train]), [int(a.is_scam) for a in train])
    x = vectorizer.transform([a.text for a in test])
    scam = list(model.classes_).index(1)
    jll = model.predict_joint_log_proba(x)
    return model.predict_proba(x)[:, scam], jll[:, scam] - jll[:, 1 - scam]


def scamsignals(binary, train, test, folder):
    """ScamSignals trained on `train`, scoring `test`: probabilities, naive-Bayes log-odds, and eval's own F1."""
    os.makedirs(folder, exist_ok=True)
    train_file, test_file, model = (os.path.join(folder, n) for n in ("train.jsonl", "test.jsonl", "model.ssm"))
    corpus.write_jsonl(train_file, train)
    corpus.write_jsonl(test_file, test)
    run([binary, "train", train_file, "--out", model, "--quiet"])
    with open(test_file, encoding="utf-8") as f:
        out = run([binary, "check", "--jsonl", "--model", model, "--quiet"], stdin=f, capture_output=True, text=True).stdout
    results = [json.loads(line) for line in out.splitlines() if line.strip()]
    if len(results) != len(test):
        sys.exit(f"{folder}: check gave {len(results)} results for {len(test)} ads")
    report = json.loads(run([binary, "eval", train_file, "--test", test_file, "--json", "--quiet"],
                            capture_output=True, text=True).stdout)
    return [r["probability"] for r in results], [r["naive_bayes_log_odds"] for r in results], report["overall"]


def f1(labels, predicted):
    tp = sum(1 for y, p in zip(labels, predicted) if y and p)
    fp = sum(1 for y, p in zip(labels, predicted) if not y and p)
    fn = sum(1 for y, p in zip(labels, predicted) if y and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return (2 * precision * recall / (precision + recall) if precision + recall else 0.0), precision, recall


def auc(labels, scores):
    from sklearn.metrics import roc_auc_score
    return roc_auc_score(labels, scores) if len(set(labels)) == 2 else float("nan")


def metrics(labels, decision, ranking):
    f, p, r = f1(labels, decision)
    return {"f1": f, "precision": p, "recall": r, "auc": auc(labels, ranking)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", default=["Corpus"], help="labelled JSONL/CSV files or folders (default: Corpus)")
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--label-field", default="label")
    parser.add_argument("--positive", default=None, help="this label means scam, every other label legit")
    parser.add_argument("--no-readme", action="store_true", help="print only; leave Benchmarks/README.md alone")
    args = parser.parse_args()
    binary = os.path.join(os.environ["BIN_PATH"], "scamsignals")

    ads = corpus.read(args.corpus, args.text_field, args.label_field, args.positive)
    unlabelled = [a.id for a in ads if a.is_scam is None]
    if unlabelled:
        sys.exit(f"{len(unlabelled)} ads have no label {args.label_field!r} (first: {unlabelled[0]})")
    folds = folds_of(ads, args.folds)
    print(f"{len(ads)} ads, {args.folds} stratified folds (seed {SEED})", file=sys.stderr)

    labels, langs = [False] * len(ads), [a.lang or "all" for a in ads]
    scores = {k: [0.0] * len(ads) for k in ("sklearn_p", "sklearn_lo", "full", "nb")}
    per_fold = defaultdict(list)
    for k, test_index in enumerate(folds):
        in_test = set(test_index)
        train = [a for i, a in enumerate(ads) if i not in in_test]
        test = [ads[i] for i in test_index]
        p, lo = scikit_learn(train, test)
        full, nb, eval_overall = scamsignals(binary, train, test, os.path.join(OUT, f"fold-{k + 1:02d}"))
        for j, i in enumerate(test_index):
            labels[i] = ads[i].is_scam
            scores["sklearn_p"][i], scores["sklearn_lo"][i] = float(p[j]), float(lo[j])
            scores["full"][i], scores["nb"][i] = full[j], nb[j]
        y = [a.is_scam for a in test]
        fold_full = f1(y, [s >= 0.5 for s in full])[0]
        # Probabilities from `check` and `eval --test` must be the same classifier's.
        if not math.isclose(fold_full, eval_overall["f1"], abs_tol=1e-9):
            sys.exit(f"fold {k + 1}: F1 from check {fold_full:.6f} ≠ F1 from eval --test {eval_overall['f1']:.6f}")
        per_fold["sklearn"].append(f1(y, [s >= 0.5 for s in p])[0])
        per_fold["nb"].append(f1(y, [s >= 0 for s in nb])[0])
        per_fold["full"].append(fold_full)
        print(f"  fold {k + 1:2d}: {len(test)} test ads; F1 scikit-learn {per_fold['sklearn'][-1]:.3f}, "
              f"ScamSignals NB alone {per_fold['nb'][-1]:.3f}, full {fold_full:.3f} (eval --test: {eval_overall['f1']:.3f})",
              file=sys.stderr)

    def slice_metrics(indices):
        y = [labels[i] for i in indices]
        return {"sklearn": metrics(y, [scores["sklearn_p"][i] >= 0.5 for i in indices], [scores["sklearn_lo"][i] for i in indices]),
                "nb": metrics(y, [scores["nb"][i] >= 0 for i in indices], [scores["nb"][i] for i in indices]),
                "full": metrics(y, [scores["full"][i] >= 0.5 for i in indices], [scores["full"][i] for i in indices])}

    slices = [("overall", list(range(len(ads))))]
    for lang in sorted(set(langs), key=lambda l: (list(LANGUAGES).index(l) if l in LANGUAGES else 9, l)):
        if len(set(langs)) > 1:
            slices.append((LANGUAGES.get(lang, lang), [i for i in range(len(ads)) if langs[i] == lang]))
    header = "| | ads | scam | " + " | ".join(f"{name} F1 | {name} ROC AUC" for _, name in TOOLS) + " |"
    table = [header, "|---|---:|---:|" + "---:|---:|" * len(TOOLS)]
    for name, indices in slices:
        m = slice_metrics(indices)
        cells = " | ".join(f"{m[key]['f1']:.3f} | {m[key]['auc']:.3f}" for key, _ in TOOLS)
        table.append(f"| {name} | {len(indices)} | {sum(labels[i] for i in indices)} | {cells} |")
    overall = slice_metrics(list(range(len(ads))))
    detail = ["| | precision | recall | F1, mean ± sd over folds |", "|---|---:|---:|---:|"]
    for key, name in TOOLS:
        detail.append(f"| {name} | {overall[key]['precision']:.3f} | {overall[key]['recall']:.3f} | "
                      f"{statistics.mean(per_fold[key]):.3f} ± {statistics.stdev(per_fold[key]):.3f} |")
    saturated = sum(1 for s in scores["full"] if s >= 1.0 or s <= 0.0)
    ties = (f"{saturated} of its {len(ads):,} probabilities are exactly 0 or 1 in double precision and tie in the ROC AUC."
            if saturated else "None of its probabilities is exactly 0 or 1, so its ROC AUC has no rounding ties.")
    rounded = sum(1 for s in scores["sklearn_p"] if s >= 1.0 or s <= 0.0)

    import sklearn
    argv = " ".join(shlex.quote(a) for a in sys.argv[1:])
    body = f"""## Results: quality

Generated by `Benchmarks/compare-quality.sh` on {datetime.date.today().isoformat()}, machine: {readme.machine()};
ScamSignals {readme.source()}.

Input: {' '.join(args.corpus)}, {len(ads):,} labelled ads ({sum(labels):,} scam). {args.folds} stratified folds (by label and
language, seed {SEED}), computed once; every tool learns from the same 9 folds and scores the same held-out fold,
and the metrics pool the held-out scores of all {args.folds} folds. F1 is of the scam class at probability ≥ 0.5.

{chr(10).join(table)}

Overall, in detail:

{chr(10).join(detail)}

- **scikit-learn NB**: `CountVectorizer(ngram_range=(1,2))` + `MultinomialNB()` with default settings
  (scikit-learn {sklearn.__version__}); F1 from `predict_proba`, ROC AUC from the joint log-likelihood difference
  (`predict_proba` rounds {rounded} of the {len(ads):,} ads to exactly 0 or 1, which would tie them).
- **ScamSignals NB alone**: the `naive_bayes_log_odds` that `scamsignals check --jsonl` reports for each ad, the
  naive-Bayes part of the same trained model before the rules are added; scam when the log-odds are ≥ 0. The CLI
  cannot turn the rules off, so this is read from the full classifier's output, not a second classifier.
- **ScamSignals full**: the `probability` of `scamsignals check --jsonl`, naive Bayes and the eleven rules
  combined, as an app gets it. {ties} On every fold its F1 equals that of `scamsignals eval TRAIN --test TEST --json`.

These are figures on the project's own corpus (see Corpus/README.md): they compare the methods on equal terms,
but real ads are more varied.

Commands (BIN is `swift build -c release --scratch-path {os.environ.get('SCRATCH', '.build-compare')} --show-bin-path`; K is the fold):
```sh
{f"Benchmarks/compare-quality.sh {argv}".rstrip()}
$BIN/scamsignals train {OUT}/fold-K/train.jsonl --out {OUT}/fold-K/model.ssm --quiet
$BIN/scamsignals check --jsonl --model {OUT}/fold-K/model.ssm --quiet < {OUT}/fold-K/test.jsonl
$BIN/scamsignals eval {OUT}/fold-K/train.jsonl --test {OUT}/fold-K/test.jsonl --json --quiet
```
"""
    print("\n".join(table) + "\n\n" + "\n".join(detail))
    if not args.no_readme:
        readme.write_section("quality", body)
        print(f"wrote the quality section of {readme.README}", file=sys.stderr)


if __name__ == "__main__":
    main()
