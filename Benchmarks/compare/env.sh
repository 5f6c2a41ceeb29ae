# env.sh: sourced by compare-speed.sh and compare-quality.sh: repository root, scratch path, venv, one thread.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
# Our own build folder, so a comparison never collides with another build of the same checkout.
SCRATCH="${SCAMSIGNALS_SCRATCH_PATH:-.build-compare}"
VENV="${SCAMSIGNALS_BENCH_VENV:-Benchmarks/.venv}"
PYTHON="$VENV/bin/python"

if [ ! -x "$PYTHON" ] || ! "$PYTHON" -c 'import sklearn, fasttext' 2>/dev/null \
   || ! cmp -s Benchmarks/requirements.txt "$VENV/.requirements"; then
    echo "setting up $VENV (Benchmarks/requirements.txt)" >&2
    python3 -m venv "$VENV"
    "$PYTHON" -m pip install --quiet --upgrade pip >&2
    "$PYTHON" -m pip install --quiet -r Benchmarks/requirements.txt >&2
    cp Benchmarks/requirements.txt "$VENV/.requirements"
fi

# One thread everywhere: the figures compare single-core throughput.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 NUMEXPR_NUM_THREADS=1
export SCRATCH PYTHON ROOT

# Builds one release product. Retried: in a checkout that someone is editing, swiftc stops with "modified during
# the build", and the next attempt sees the settled files.
build_product() {
    local attempt
    for attempt in 1 2 3; do
        swift build -c release --scratch-path "$SCRATCH" --product "$1" >&2 && return 0
        echo "build of $1 failed (attempt $attempt of 3)" >&2
        sleep 5
    done
    return 1
}
