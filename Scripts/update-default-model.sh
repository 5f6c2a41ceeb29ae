#!/usr/bin/env bash
# Retrains the embedded default model from Corpus/ (train split) and embeds it. Run after changing the
# corpus, the rules, the tokenizer or the features; the tests fail until the shipped model matches.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product scamsignals >/dev/null
.build/release/scamsignals train Corpus --out Sources/ScamSignals/Resources/default-model.ssm --quiet
python3 Scripts/embed-resources.py
