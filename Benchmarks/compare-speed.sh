#!/usr/bin/env bash
# compare-speed.sh: single-thread MB/s of ScamSignals beside scikit-learn, fastText and a C reference loop.
#
# USAGE: Benchmarks/compare-speed.sh [CORPUS ...] [--train CORPUS ...] [--passes N] [--text-field NAME] [--no-readme]
#                                   [--json FILE]
#   CORPUS: JSONL or CSV files, or folders of them, with a text field (default: Corpus). Writes the speed section
#   of Benchmarks/README.md; --json FILE also writes every row as JSON, which `scamsignals-bench --report PAGE
#   --references FILE` draws beside its own bars. SCAMSIGNALS_SCRATCH_PATH (default .build-compare) is the swift
#   build folder.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/compare/env.sh"
build_product scamsignals-bench
exec "$PYTHON" Benchmarks/compare/speed.py "$@"
