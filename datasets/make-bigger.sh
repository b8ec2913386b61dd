#!/usr/bin/env bash
# Makes the benchmark data sets in bench-data/ (or $1): blobs-150k, blobs-1m, blobs-4m (on request), fashion-mnist
# (each with NAME.init.csv, its first k rows, so every library starts from the same centroids),
# and for regression reg-1m (1,000,000 x 100 dense), sparse-200k (200,000 rows, 100,000
# features, 20 non-zeros a row, LIBSVM), sparse-local-200k (the same with feature locality),
# logreg-1m (1,000,000 x 100 dense, 0/1 labels) and softmax-1m (1,000,000 x 100, 5 classes).
# Pass set names after the folder to make only those.
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
shift || true
sets=("$@")
((${#sets[@]})) || sets=(blobs-150k blobs-1m fashion-mnist)
for s in "${sets[@]}"; do
  case "$s" in
    blobs-150k) [[ -f "$out/$s.csv" ]] || /usr/bin/python3 "$here/make-blobs.py" "$out/$s.csv" 150000 10 8 1 ;;
    blobs-1m) [[ -f "$out/$s.csv" ]] || /usr/bin/python3 "$here/make-blobs.py" "$out/$s.csv" 1000000 20 16 2 ;;
    blobs-4m) [[ -f "$out/$s.csv" ]] || /usr/bin/python3 "$here/make-blobs.py" "$out/$s.csv" 4000000 20 16 2 ;;
    fashion-mnist) [[ -f "$out/$s.csv" ]] || /usr/bin/python3 "$here/make-fashion-mnist.py" "$out/$s.csv" 10 ;;
    reg-1m) [[ -f "$out/$s.csv" ]] || /usr/bin/python3 "$here/make-regression.py" dense "$out/$s.csv" 1000000 100 3 ;;
    logreg-1m) [[ -f "$out/$s.csv" ]] || /usr/bin/python3 "$here/make-regression.py" logistic "$out/$s.csv" 1000000 100 6 ;;
    softmax-1m) [[ -f "$out/$s.csv" ]] || /usr/bin/python3 "$here/make-regression.py" multinomial "$out/$s.csv" 1000000 100 5 7 ;;
    sparse-200k) [[ -f "$out/$s.svm" ]] || /usr/bin/python3 "$here/make-regression.py" sparse "$out/$s.svm" 200000 100000 20 4 ;;
    sparse-local-200k) [[ -f "$out/$s.svm" ]] || /usr/bin/python3 "$here/make-regression.py" sparse-local "$out/$s.svm" 200000 100000 20 5 ;;
    *) echo "unknown data set $s" >&2; exit 2 ;;
  esac
done
ls -la "$out"
