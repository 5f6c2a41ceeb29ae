#!/usr/bin/env bash
# Builds the ScamSignals library's DocC documentation with the toolchain's docc, from symbol graphs (no plugin).
#
#   Scripts/build-docs.sh                  # archive in .build-docs/ScamSignals.doccarchive
#   Scripts/build-docs.sh OUT.doccarchive  # elsewhere
#   DOCS_HOSTING_BASE_PATH=/ScamSignals Scripts/build-docs.sh   # for a site served below /ScamSignals
#
# Fails on any documentation warning (a broken symbol or article link, a malformed topic group): docc runs with
# --warnings-as-errors. The code samples of the articles are compiled and run by
# Tests/ScamSignalsTests/DocumentationExamplesTests.swift, not here.
#
# Environment: SCAMSIGNALS_DOCS_SCRATCH_PATH (default .build-docs) is the SwiftPM scratch path, kept apart from
# .build so this script can run beside other builds. swift-format lint findings also fail it (below).
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
scratch=${SCAMSIGNALS_DOCS_SCRATCH_PATH:-.build-docs}
out=${1:-$scratch/ScamSignals.doccarchive}
[[ $scratch == /* ]] || scratch=$root/$scratch
graphs=$scratch/symbol-graphs
catalog=Sources/ScamSignals/ScamSignals.docc

# 1. Symbol graphs of the library's public API, written by the compiler while it builds the module. They go to
# a fresh directory on every run, so no graph of API that no longer exists survives; the compiler only writes
# them when it compiles the module, so the library's object files in this script's own scratch path are
# removed first: the module is compiled on every run (nobody else's build is touched).
rm -rf "$graphs"
mkdir -p "$graphs"
bin=$(swift build --scratch-path "$scratch" --show-bin-path)
rm -f "$bin"/ScamSignals.build/*.o
swift build --scratch-path "$scratch" --target ScamSignals \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$graphs"
if [[ ! -f $graphs/ScamSignals.symbols.json ]]; then
    echo "build-docs: the compiler wrote no symbol graph to $graphs" >&2
    exit 1
fi

# 2. The archive. docc exits non-zero when --warnings-as-errors turns a warning into an error.
rm -rf "$out"
hosting=()
if [[ -n ${DOCS_HOSTING_BASE_PATH:-} ]]; then hosting=(--hosting-base-path "$DOCS_HOSTING_BASE_PATH"); fi
docc convert "$catalog" \
    --additional-symbol-graph-dir "$graphs" \
    --output-path "$out" \
    --fallback-display-name ScamSignals \
    --fallback-bundle-identifier org.scamsignals.ScamSignals \
    --fallback-default-module-kind Framework \
    --transform-for-static-hosting \
    --warnings-as-errors \
    ${hosting[@]+"${hosting[@]}"}
echo "documentation: $out (open $out/index.html through a web server, e.g. python3 -m http.server -d $out)"

# 3. swift-format: the project's configuration is .swift-format (4-space indentation, 120 columns). Any finding
# fails the script. Generated files opt out with a `// swift-format-ignore-file` line. `swift-format format -i
# --recursive Sources Tests Benchmarks Examples Fuzz Package.swift` fixes nearly everything lint reports.
lint_paths=(Sources Tests Benchmarks Examples Fuzz Package.swift)
if ! swift-format lint --strict --recursive "${lint_paths[@]}"; then
    echo "build-docs: swift-format lint found the problems above" >&2
    exit 1
fi
echo "swift-format lint: no findings"
