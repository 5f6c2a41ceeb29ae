#!/usr/bin/env bash
# Counts the instructions of one hot-loop stage with valgrind's callgrind and prints where they go.
#
#   Benchmarks/profile.sh full            # Classifier.assess over Corpus/, one pass
#   Benchmarks/profile.sh rules 1 ads.jsonl
#   Benchmarks/profile.sh construct       # Classifier from the embedded model and built-in rules
#   Benchmarks/profile.sh emoji-1KB; Benchmarks/profile.sh emoji-1MB   # linear cost: equal totals expected
#
# Instruction counts repeat exactly whatever else the machine does (perf's hardware counters are not
# available on every VM), so they are what docs/Performance.md quotes. Output: the total, instructions
# per input byte, and the 25 most expensive functions (self cost), in Benchmarks/out/profile/.
set -euo pipefail
cd "$(dirname "$0")/.."
stage=${1:?usage: Benchmarks/profile.sh STAGE [PASSES] [CORPUS ...]}
shift
scratch=${SCAMSIGNALS_SCRATCH_PATH:-.build-profile}
command -v valgrind >/dev/null || { echo "profile.sh: needs valgrind (apt-get install valgrind)" >&2; exit 1; }
swift build -c release --scratch-path "$scratch" --product scamsignals-profile >&2
bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/scamsignals-profile
mkdir -p Benchmarks/out/profile
out=Benchmarks/out/profile/callgrind.$stage
case $stage in
    # The exact entry points: the overloads with a workspace match a looser pattern too, and callgrind's toggle
    # would switch collection off again on entering them.
    full | emoji-* | ordinary-*) entry='*ClassifierV6assess5bytes19explanationLanguageAA10AssessmentVSays5UInt8VG_AA0G0OSgtF' ;;
    workspace) entry='*ClassifierV6assess5bytes19explanationLanguage9workspace*' ;;
    tokenize) entry='*TokenizerV8tokenize5bytesAA13TokenizedTextVSays5UInt8VG_tF' ;;
    rules) entry='*RuleSetV8evaluate*' ;;
    construct) entry='*RuleSetV5packs5wages*' ;;
    *) entry='*' ;;
esac
# PROFILE_CALLERS=N keeps N callers apart in each function's name (what allocation-sites.py needs).
valgrind --tool=callgrind --collect-atstart=no "--toggle-collect=$entry" --callgrind-out-file="$out" \
    ${PROFILE_CALLERS:+--separate-callers=$PROFILE_CALLERS} \
    "$bin" "$stage" "$@" 2>"$out.log" | tee "$out.txt"
total=$(grep -E '^summary:|^totals:' "$out" | head -1 | awk '{print $2}')
bytes=$(sed -nE 's/.* ([0-9]+) bytes.*/\1/p' "$out.txt")
echo "instructions: $total"
if [[ -n $bytes && $bytes -gt 0 ]]; then
    python3 -c "print(f'instructions per input byte: {$total / $bytes:.0f}')"
fi
callgrind_annotate --inclusive=no "$out" 2>/dev/null | sed -n '/^Ir/,$p' | sed -n '3,27p' \
    | sed -E 's|  [^ ]*Sources/ScamSignals/|  |; s| \[[^]]*\] *$||' | cut -c1-160
if [[ $stage == construct ]]; then
    echo "(construct counts RuleSet compilation; Classifier.default also decodes the model once)"
fi
