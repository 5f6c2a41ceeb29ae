#!/usr/bin/env bash
# Builds the libFuzzer targets (with AddressSanitizer) and runs them.
#
#   Fuzz/run.sh                  # every target, 60 s each, one after another
#   Fuzz/run.sh assess 600       # one target for ten minutes
#   FUZZ_FLAGS="-jobs=2" Fuzz/run.sh tokenize 600   # extra libFuzzer flags
#   Fuzz/run.sh assess repro CRASH_FILE             # replay one input (a finding or a seed)
#
# Everything goes under .build-fuzz/ (gitignored): bin/ the binaries, corpus/TARGET the growing corpus
# (seeded from Corpus/*.jsonl and hostile inputs), findings/TARGET crashes and timeouts, logs/TARGET.log.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/.build-fuzz
TARGETS=(tokenize assess model rulepack ruleprogram corpus)
target=${1:-all}
seconds=${2:-60}

# Inputs up to this many bytes: long enough for pathological ads and small packs, short enough to be fast.
max_len() { case $1 in rulepack) echo 16384 ;; model | ruleprogram) echo 4096 ;; *) echo 65536 ;; esac; }

build() {
    local t=$1
    # Compile from a snapshot: other people may be editing Sources/ while a fuzzer builds.
    local src=$OUT/src/$t
    rm -rf "$src" && mkdir -p "$src" "$OUT/bin"
    cp -R Sources/ScamSignals "$src/lib"
    cp Fuzz/Support/*.swift "Fuzz/Targets/$t.swift" "$src/"
    local stamp; stamp=$(cd "$src" && find . -name '*.swift' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
    if [[ -x $OUT/bin/$t && $(cat "$OUT/bin/$t.stamp" 2>/dev/null) == "$stamp" ]]; then return; fi
    echo "building $t" >&2
    # The library sources and the target form one module, so targets reach internal API without @testable.
    # -parse-as-library: no top-level code, libFuzzer provides main. Warnings from ld.gold about local
    # ASan symbols are harmless and filtered.
    # Run from the snapshot folder: swiftc leaves a .swiftmodule in the working directory.
    (cd "$src" && swiftc -parse-as-library -module-name ScamSignals -wmo -O -g -sanitize=fuzzer,address \
        $(find . -name '*.swift' | sort) -o "$OUT/bin/$t" 2>&1 | { grep -v "Cannot export local symbol" || true; })
    [[ -x $OUT/bin/$t ]] || { echo "build of $t failed" >&2; exit 1; }
    echo "$stamp" > "$OUT/bin/$t.stamp"
}

seed() {
    local t=$1
    if [[ ! -d $OUT/corpus/$t ]]; then python3 Fuzz/seeds.py "$t" "$OUT/corpus/$t" "$ROOT"; fi
}

run() {
    local t=$1
    build "$t"
    seed "$t"
    mkdir -p "$OUT/findings/$t" "$OUT/logs"
    echo "fuzzing $t for ${seconds}s (log: .build-fuzz/logs/$t.log)" >&2
    # -timeout=10: an input taking over 10 s is a hang finding. Leak detection is off: LeakSanitizer takes
    # the pattern nodes held by the lazily built `RuleSet.builtin` for leaks (indirect-enum boxes are
    # referenced through tagged pointers it does not recognize); see docs/Hardening.md.
    # SWIFT_BACKTRACE=enable=no: Swift's own crash backtracer reads memory ASan flags, which muddles reports.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} "$OUT/bin/$t" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len="$(max_len "$t")" \
        -print_final_stats=1 -artifact_prefix="$OUT/findings/$t/" ${FUZZ_FLAGS:-} \
        "$OUT/corpus/$t" 2>&1 | tee "$OUT/logs/$t.log" | grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|ERROR|SUMMARY|Fatal error|stat::" >&2 || true
    grep -q "Done [0-9]* runs" "$OUT/logs/$t.log" || { echo "$t: FINDING, see .build-fuzz/logs/$t.log and .build-fuzz/findings/$t/" >&2; return 1; }
}

if [[ ${2:-} == repro ]]; then
    build "$target"
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} exec "$OUT/bin/$target" "${@:3}"
fi
if [[ $target == all ]]; then
    status=0
    for t in "${TARGETS[@]}"; do run "$t" || status=1; done
    exit $status
fi
[[ " ${TARGETS[*]} " == *" $target "* ]] || { echo "unknown target $target (one of: ${TARGETS[*]})" >&2; exit 2; }
run "$target"
