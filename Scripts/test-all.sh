#!/usr/bin/env bash
# The checks CI runs after `swift test` (README's test command and .ci/run: `swift test && bash Scripts/test-all.sh`):
#   1. the embedding example's own tests (Examples/ChatGuard, a separate package depending on this one by path);
#   2. the documentation build and swift-format lint (Scripts/build-docs.sh: docc warnings and lint findings fail).
# Each step needs only the Swift toolchain. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== 1/2 Examples/ChatGuard: swift test"
swift test --package-path Examples/ChatGuard

echo "== 2/2 documentation and lint"
bash Scripts/build-docs.sh

echo "test-all: every check passed"
