#!/usr/bin/env bash
# Makes the benchmark data sets in bench-data/ (or $1): blobs-150k, blobs-1m, fashion-mnist.
# Each comes with NAME.init.csv, the first k rows, so every library starts from the same centroids.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../bench-data}"
mkdir -p "$out"
need=()
/usr/bin/python3 -c 'import numpy' 2>/dev/null || need+=(python3-numpy)
[[ -d /usr/share/datasets/fashion-mnist ]] || need+=(dataset-fashion-mnist)
if ((${#need[@]})); then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"
fi
[[ -f "$out/blobs-150k.csv" ]] || /usr/bin/python3 "$here/make-blobs.py" "$out/blobs-150k.csv" 150000 10 8 1
[[ -f "$out/blobs-1m.csv" ]] || /usr/bin/python3 "$here/make-blobs.py" "$out/blobs-1m.csv" 1000000 20 16 2
[[ -f "$out/fashion-mnist.csv" ]] || /usr/bin/python3 "$here/make-fashion-mnist.py" "$out/fashion-mnist.csv" 10
ls -la "$out"
