#!/usr/bin/env bash
# compare-quality.sh: F1 and ROC AUC of ScamSignals and scikit-learn's naive Bayes on the same stratified 10 folds.
#
# USAGE: Benchmarks/compare-quality.sh [CORPUS ...] [--folds K] [--text-field NAME] [--label-field NAME]
#                                      [--positive LABEL] [--no-readme]
#   CORPUS: labelled JSONL or CSV files, or folders of them (default: Corpus). Writes the quality section of
#   Benchmarks/README.md. SCAMSIGNALS_SCRATCH_PATH (default .build-compare) is the swift build folder.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/compare/env.sh"
build_product scamsignals
BIN_PATH="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)"
export BIN_PATH
exec "$PYTHON" Benchmarks/compare/quality.py "$@"
