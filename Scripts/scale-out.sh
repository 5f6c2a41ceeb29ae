#!/usr/bin/env bash
# Scale-out check for `scamsignals check --jsonl` (see docs/ScaleOut.md).
#
#   Scripts/scale-out.sh            # 200,000 synthetic ads, GNU parallel with one job per core
#   COUNT=20000 Scripts/scale-out.sh
#
# 1. builds the release CLI in .build-scale (a scratch path of its own, so other builds in this
#    checkout are not disturbed);
# 2. generates COUNT synthetic ads (Scripts/generate-ads.py, fixed SEED) under DATA (gitignored);
# 3. runs (a) one process `scamsignals check --jsonl --jobs 1` and
#         (b) `parallel --pipe -k --block BLOCK -j JOBS scamsignals check --jsonl --jobs 1`;
# 4. verifies that each output has exactly one line per input line, in order, with the input's id and
#    no error, and that (a) and (b) are identical once the "line" field is removed: `parallel --pipe`
#    gives every block its own scamsignals, whose line numbers start again at 1, so in (b) "line" is
#    the line within the block (the check also verifies it counts 1, 2, 3... within each block);
# 5. prints throughput (ads/s, MB/s of input) for each run.
#
# Exits non-zero if the build, a run or any verification fails.
#
# Environment: COUNT (200000), SEED (42), JOBS (number of cores), BLOCK (2M),
#              DATA (.build-scale/scale-out), SKIP_BUILD=1 to reuse an existing build,
#              SCAMSIGNALS (the binary to test; default .build-scale/release/scamsignals),
#              SPARK=1 to add (c) a local-mode Spark RDD.pipe run (needs pyspark in SPARK_PYTHON,
#              default .build-scale/venv/bin/python, and Java 17+), verified the same way.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

COUNT="${COUNT:-200000}"
SEED="${SEED:-42}"
JOBS="${JOBS:-$(nproc)}"
BLOCK="${BLOCK:-2M}"
SCRATCH="$ROOT/.build-scale"
DATA="${DATA:-$SCRATCH/scale-out}"
BIN="${SCAMSIGNALS:-$SCRATCH/release/scamsignals}"

die() { echo "scale-out: $*" >&2; exit 1; }

command -v python3 >/dev/null || die "python3 is required (corpus generator and verification)"
if ! command -v parallel >/dev/null; then
    die "GNU parallel is not installed; install it with: sudo apt-get install -y parallel"
fi
[[ "$(parallel --version 2>/dev/null)" == *"GNU parallel"* ]] \
    || die "'parallel' is not GNU parallel (moreutils has another one); install it with: sudo apt-get install -y parallel"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    echo "== build: swift build -c release --product scamsignals --scratch-path .build-scale"
    swift build -c release --product scamsignals --scratch-path "$SCRATCH"
fi
[[ -x "$BIN" ]] || die "$BIN not found (build failed?)"

mkdir -p "$DATA"
IN="$DATA/ads.jsonl"
OUT_A="$DATA/out-single.jsonl"
OUT_B="$DATA/out-parallel.jsonl"

echo "== corpus: $COUNT synthetic ads, seed $SEED -> $IN"
python3 Scripts/generate-ads.py --count "$COUNT" --seed "$SEED" --output "$IN"
LINES=$(wc -l < "$IN")
BYTES=$(wc -c < "$IN")
[[ "$LINES" -eq "$COUNT" ]] || die "generator wrote $LINES lines, expected $COUNT"
echo "   $LINES ads, $BYTES bytes"

# run_timed IN OUT CMD...: runs CMD with stdin IN and stdout OUT, prints "wall-s cpu-s load1" (CPU is
# user+sys of CMD and all its descendants; load1 is the 1-minute load average when it started).
run_timed() {
    python3 -c '
import resource, subprocess, sys, time
inp, out, *cmd = sys.argv[1:]
load = open("/proc/loadavg").read().split()[0]
t = time.monotonic()
with open(inp, "rb") as i, open(out, "wb") as o:
    rc = subprocess.call(cmd, stdin=i, stdout=o)
wall = time.monotonic() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{wall:.3f} {ru.ru_utime + ru.ru_stime:.3f} {load}")
sys.exit(rc)' "$@"
}
rate() { # label "wall cpu load"
    python3 -c 'import sys; n,b=int(sys.argv[1]),int(sys.argv[2]); s,c,l=map(float,sys.argv[4].split())
cpu = "  n/a" if c != c else f"{c:5.1f}"
print(f"{sys.argv[3]:<36} {s:8.2f} s  {n/s:8.0f} ads/s  {b/s/1e6:6.2f} MB/s  (CPU {cpu} s, load {l:.2f} at start)")' "$LINES" "$BYTES" "$1" "$2"
}

echo "== (a) single process: scamsignals check --jsonl --jobs 1"
T_A=$(run_timed "$IN" "$OUT_A" "$BIN" check --jsonl --jobs 1) || die "(a) single process failed"

echo "== (b) GNU parallel: parallel --pipe -k --block $BLOCK -j $JOBS scamsignals check --jsonl --jobs 1"
T_B=$(run_timed "$IN" "$OUT_B" parallel --pipe -k --block "$BLOCK" -j "$JOBS" "$BIN" check --jsonl --jobs 1) \
    || die "(b) GNU parallel run failed"

SPLIT_OUTPUTS=("parallel=$OUT_B")
T_S=""
if [[ "${SPARK:-0}" == 1 ]]; then
    SPARK_PY="${SPARK_PYTHON:-$SCRATCH/venv/bin/python}"
    "$SPARK_PY" -c "import pyspark" 2>/dev/null \
        || die "SPARK=1 but $SPARK_PY cannot import pyspark (python3 -m venv .build-scale/venv && .build-scale/venv/bin/pip install pyspark)"
    OUT_S="$DATA/out-spark.jsonl"
    echo "== (c) Spark local[$JOBS]: sc.textFile(ads).pipe('scamsignals check --jsonl --jobs 1')"
    T_S=$(PYSPARK_PYTHON="$SPARK_PY" run_timed /dev/null "$DATA/spark.log" "$SPARK_PY" Scripts/spark-pipe.py \
        --master "local[$JOBS]" --partitions "$JOBS" "$BIN" "$IN" "$DATA/spark-out" "$OUT_S") || die "(c) Spark run failed"
    T_S="$(awk '{print $1, "nan", $3}' <<<"$T_S")"   # the JVM is not a waited-for child: its CPU is not counted
    SPLIT_OUTPUTS+=("spark=$OUT_S")
fi

echo "== verify"
python3 Scripts/verify-scale-out.py "$IN" "$OUT_A" "${SPLIT_OUTPUTS[@]}" || die "verification FAILED"

echo "== throughput ($LINES ads, $(python3 -c "print(f'{$BYTES/1e6:.1f}')") MB input; CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores)"
rate "(a) single process, --jobs 1" "$T_A"
rate "(b) GNU parallel -j $JOBS, --block $BLOCK" "$T_B"
if [[ -n "$T_S" ]]; then rate "(c) Spark local[$JOBS] RDD.pipe" "$T_S"; fi
python3 -c "import sys; print(f'   wall-clock speed-up (b) over (a): {float(sys.argv[1].split()[0])/float(sys.argv[2].split()[0]):.2f}x')" "$T_A" "$T_B"
echo "scale-out: all checks passed (data left in $DATA)"
