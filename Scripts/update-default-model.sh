#!/usr/bin/env bash
# Recompiles the built-in rules and retrains the embedded default model from Corpus/ (train split), and
# embeds both. Run after changing the corpus, the rules, the lexicons, the wage table, the tokenizer or the
# features; the tests fail until the shipped files match.
#
# Order matters: training evaluates the built-in rules, which the library loads from the embedded compiled
# program, so that program is recompiled and embedded (and the tool rebuilt) before training.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${SCAMSIGNALS_SCRATCH_PATH:-.build}
build() { swift build -c release --scratch-path "$scratch" --product scamsignals >/dev/null; }
build
"$scratch/release/scamsignals" rules --compile Sources/ScamSignals/Resources/builtin-rules.ssr
python3 Scripts/embed-resources.py
build
"$scratch/release/scamsignals" train Corpus --out Sources/ScamSignals/Resources/default-model.ssm --quiet
python3 Scripts/embed-resources.py
