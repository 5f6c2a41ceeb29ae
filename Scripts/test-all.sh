#!/usr/bin/env bash
# Every check CI runs, in order (this is what .ci/run runs and README's test command):
#   1. the package's tests (library, CLI, benchmark target build);
#   2. the embedding example's own tests (Examples/ChatGuard, a separate package depending on this one by path);
#   3. the documentation build and swift-format lint (Scripts/build-docs.sh: docc warnings and lint findings fail).
# Each step needs only the Swift toolchain. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== 1/3 swift test"
swift test

echo "== 2/3 Examples/ChatGuard: swift test"
swift test --package-path Examples/ChatGuard

echo "== 3/3 documentation and lint"
bash Scripts/build-docs.sh

echo "test-all: every check passed"
