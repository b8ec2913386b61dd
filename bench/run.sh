#!/usr/bin/env bash
# k-means benchmark: giraph-ml (embedded engine) and, with --sklearn, scikit-learn on the same
# files from the same initial centroids, ITERATIONS Lloyd iterations (tolerance 0).
#
#   bench/run.sh [--sklearn] [--spark] [--tiny] [--one-core] [--workers W] [--iterations N]
#                [--algorithm lloyd|hamerly|auto] [--precision double|float] [DATASET ...]
#
# --precision float stores the rows as float32 (giraph-ml only; its rows are labelled
# gml-float and its outputs go to bench-results/*-giraphml-float).
# --sklearn runs scikit-learn's lloyd and elkan on the same files and prints a ratio row
# (giraph-ml / the faster of the two; below 1 giraph-ml is faster). To reproduce issue 11's
# table on a shared machine, hold the build lock and run one data set at a time:
#   flock /tmp/giraphml-build.lock bench/run.sh --sklearn blobs-150k
# (apt-get install -y python3-sklearn python3-pandas first; scikit-learn is run with
# /usr/bin/python3). s/iter is the median of iterations 2..N (the first pays JIT warm-up).
#
# --one-core pins every engine to CPU 0 (taskset -c 0): giraph-ml with --workers 1, scikit-learn
# with OMP_NUM_THREADS=1 (its one-thread fit).
#
# --spark also runs Spark MLlib 3.5 (RDD KMeans, local[2], same initial centroids) from
# bench/spark, built on first use (about 250 MB of jars from Maven Central).
#
# k-means data sets: blobs-150k (150,000 x 10, k=8), blobs-1m (1,000,000 x 20, k=16), blobs-4m
# (4,000,000 x 20, k=16),
# fashion-mnist (70,000 x 784, k=10), iris (150 x 4, k=3). Regression: linreg-dense
# (1,000,000 x 100, normal and lbfgs, no penalty), logreg-dense (1,000,000 x 100, 0/1 labels,
# --l2 1e-3), softmax-dense (1,000,000 x 100, 5 classes, multinomial, --l2 1e-3), linreg-sparse
# (200,000 rows x 100,000 features, ~20 non-zeros a row, lbfgs; uniform features, and with
# feature locality). --tiny runs a 3,000-row k-means set and a
# small regression only (CI).
# On the dense regression sets --sklearn and --spark add scikit-learn (bench/sklearn_regression.py)
# and Spark ML (SparkRegression) on the same file and objective, and bench/reg_compare.py scores
# every engine's model on giraph-ml's objective: a side-by-side table with ratio rows.
# Prints one table row per engine and data set; results also go to bench-results/.
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
data="$home/bench-data"
results="$home/bench-results"
sklearn=0; spark=0; tiny=0; pin=(); workers="$(nproc)"; iterations=20; sets=(); algorithm=()
precision=(); tag=giraphml; engine=giraph-ml
while (($#)); do
  case "$1" in
    --sklearn) sklearn=1 ;;
    --spark) spark=1 ;;
    --tiny) tiny=1 ;;
    --one-core) pin=(taskset -c 0); workers=1; export OMP_NUM_THREADS=1 ;;
    --workers) workers="$2"; shift ;;
    --iterations) iterations="$2"; shift ;;
    --algorithm) algorithm=(--algorithm "$2"); shift ;;
    --precision) precision=(--precision "$2"); [[ "$2" == float ]] && tag=giraphml-float && engine=gml-float; shift ;;
    -h|--help) sed -n '2,/^# Prints one table/p' "$0"; exit 0 ;;
    *) sets+=("$1") ;;
  esac
  shift
done
mkdir -p "$data" "$results"
if [[ ! -x /usr/bin/time ]]; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time
fi

if ((tiny)); then
  sets=(tiny linreg-tiny)
  if [[ ! -f "$data/tiny.csv" ]]; then
    # 3,000 rows, 5 dims, 4 clusters, from the project's own seeded generator.
    awk 'BEGIN { srand(7); for (i = 0; i < 3000; i++) { c = i % 4; line = "";
      for (t = 0; t < 5; t++) { v = c * 10 + t + (rand() + rand() + rand() - 1.5) * 2;
        line = line (t ? "," : "") sprintf("%.6f", v) } print line } }' > "$data/tiny.csv"
    # Four rows of one cluster as the start, so the 20 iterations are not over after two.
    # (One awk, no pipe into head: under pipefail, head closing early fails the run, SIGPIPE.)
    awk 'NR % 4 == 1 { print; if (++n == 4) exit }' "$data/tiny.csv" > "$data/tiny.init.csv"
  fi
elif ((${#sets[@]} == 0)); then
  sets=(iris blobs-150k blobs-1m fashion-mnist)
fi
make=()
for s in "${sets[@]}"; do
  case "$s" in
    blobs-*|fashion-mnist) make+=("$s") ;;
    linreg-dense) make+=(reg-1m) ;;
    logreg-dense) make+=(logreg-1m) ;;
    softmax-dense) make+=(softmax-1m) ;;
    linreg-sparse) make+=(sparse-200k sparse-local-200k) ;;
  esac
done
((${#make[@]})) && "$home/datasets/make-bigger.sh" "$data" "${make[@]}" >/dev/null

if [[ ! -f "$home/algorithms/target/giraph-ml.jar" ]]; then
  (cd "$home" && ./mvnw -q -DskipTests package)
fi
if ((sklearn)); then
  /usr/bin/python3 -c 'import sklearn, pandas' 2>/dev/null || {
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-sklearn python3-pandas; }
fi

if ((spark)) && [[ ! -f "$home/bench/spark/target/giraph-ml-spark-bench-0.1.0-SNAPSHOT.jar" ]]; then
  (cd "$home/bench/spark" && ../../mvnw -q package -DskipTests)
fi
spark_cp="$home/bench/spark/target/giraph-ml-spark-bench-0.1.0-SNAPSHOT.jar:$home/bench/spark/target/lib/*"
spark_opens=()
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
    java.util.concurrent java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action \
    sun.util.calendar; do
  spark_opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
done

k_of() { case "$1" in iris) echo 3 ;; tiny) echo 4 ;; blobs-150k) echo 8 ;; blobs-1m|blobs-4m) echo 16 ;; fashion-mnist) echo 10 ;; esac; }
file_of() {
  if [[ "$1" == iris ]]; then
    [[ -f "$data/iris.csv" ]] || { tail -n +2 "$home/datasets/iris.csv" | cut -d, -f1-4 > "$data/iris.csv"; head -3 "$data/iris.csv" > "$data/iris.init.csv"; }
  fi
  echo "$data/$1.csv"
}

regression() { # name file format solver [l2]: solver normal|lbfgs (linreg) or logreg
  local name="$1" f="$2" format="$3" solver="$4" l2="${5:-0}" out="$results/$1-$4" timing="$results/$1-$4.time"
  local label=(); [[ "$format" == csv ]] && label=(--label-column "$(head -1 "$f" | awk -F, '{print NF - 1}')")
  local cmd=(linreg --solver "$solver"); [[ "$solver" == logreg ]] && cmd=(logreg)
  # L-BFGS at its defaults, spelled out: the other engines are given the same cap and tolerance
  [[ "$solver" != normal ]] && cmd+=(--max-iterations 100 --tolerance 1e-9)
  /usr/bin/time -f '%e %M' -o "$timing" "$home/bin/giraph-ml" "${cmd[@]}" --input "$f" --format "$format" \
    "${label[@]}" --l2 "$l2" --workers "$workers" --output "$out" --overwrite \
    > "$results/$name-$solver.log" 2>&1
  read -r whole rss < "$timing"
  python3 - "$out/summary.json" "$name" "$solver" "$whole" "$rss" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
name, solver, whole, rss = sys.argv[2:6]
m = s.get("messages_per_evaluation", {})
evals = max(s.get("evaluations", 1), 1)
mb = lambda k: m.get(k, 0) / 1e6
quality = s["rmse"] if "rmse" in s else s.get("log_loss", float("nan"))
print(f"{name:<14} {solver:<7} {s['rows']:>9} {s['dimensions']:>8} {s['iterations']:>5} {evals:>5} "
      f"{float(whole):>8.2f} {s['train_seconds']:>8.2f} {s['train_seconds'] / evals:>8.4f} {int(rss)/1024:>7.0f} "
      f"{m.get('weight_messages', 0):>7} {mb('weight_bytes'):>8.2f} {m.get('gradient_messages', 0):>7} "
      f"{mb('gradient_bytes'):>8.2f} {mb('dense_broadcast_bytes'):>9.2f} {quality:>9.5f}")
PY
  if [[ "$format" == csv ]] && ((sklearn || spark)); then
    local engines=("giraph-ml=$out:$whole:$rss")
    if ((sklearn)); then
      /usr/bin/time -f '%e %M' -o "$timing" /usr/bin/python3 "$home/bench/sklearn_regression.py" \
        "$solver" "$f" "$l2" 100 "$out-sklearn.json" > /dev/null
      read -r whole rss < "$timing"; engines+=("sklearn=$out-sklearn.json:$whole:$rss")
    fi
    if ((spark)); then
      /usr/bin/time -f '%e %M' -o "$timing" java "${spark_opens[@]}" -Xmx8g -cp "$spark_cp" \
        org.giraphml.bench.SparkRegression "$solver" "$f" "$l2" 100 "$out-spark.json" > /dev/null 2>&1
      read -r whole rss < "$timing"; engines+=("spark=$out-spark.json:$whole:$rss")
    fi
    /usr/bin/python3 "$home/bench/reg_compare.py" "$name" "$solver" "$f" "$l2" "${engines[@]}" \
      >> "$results/side-by-side.txt"
  fi
}

run_regression() {
  : > "$results/side-by-side.txt"
  printf '%-14s %-7s %9s %8s %5s %5s %8s %8s %8s %7s %7s %8s %7s %8s %9s %9s\n' data solver rows features iters evals whole_s fit_s s/eval rss_mb w_msgs w_MB g_msgs g_MB bcast_MB rmse/logl
  for s in "$@"; do
    case "$s" in
      linreg-dense) regression "$s" "$data/reg-1m.csv" csv normal; regression "$s" "$data/reg-1m.csv" csv lbfgs ;;
      logreg-dense) regression "$s" "$data/logreg-1m.csv" csv logreg 1e-3 ;;
      softmax-dense) regression "$s" "$data/softmax-1m.csv" csv logreg 1e-3 ;;
      linreg-sparse)
        regression "$s" "$data/sparse-200k.svm" libsvm lbfgs
        regression "$s-local" "$data/sparse-local-200k.svm" libsvm lbfgs ;;
      linreg-tiny)
        [[ -f "$data/reg-tiny.csv" ]] || awk 'BEGIN { srand(3); for (i = 0; i < 2000; i++) {
          a = rand(); b = rand(); printf "%.5f,%.5f,%.5f\n", a, b, 2 * a - b + 1 + (rand() - 0.5) * 0.1 } }' > "$data/reg-tiny.csv"
        regression "$s" "$data/reg-tiny.csv" csv normal; regression "$s" "$data/reg-tiny.csv" csv lbfgs ;;
    esac
  done
  if [[ -s "$results/side-by-side.txt" ]]; then
    echo
    printf '%-14s %-7s %-10s %5s %8s %8s %8s %8s %16s %9s %9s\n' data solver engine iters load_s \
      fit_s whole_s rss_mb objective obj_excess max_dw
    cat "$results/side-by-side.txt"
  fi
}

ratio_row() { # set label load fit iterations whole rss_kb: giraph-ml's row over another engine's
  python3 - "$results/$1-$tag/summary.json" "$results/$1-$tag.time" "${@:3:5}" "$1" "$2" <<'PY'
import json, statistics, sys
g = json.load(open(sys.argv[1]))
gwhole, grss = map(float, open(sys.argv[2]).read().split())
load, fit, iters, whole, rss = map(float, sys.argv[3:8])
it = g["iteration_seconds"]
steady = statistics.median(it[1:]) if len(it) > 1 else it[0]
r = lambda a, b: a / b if b > 0 else float("nan")
print(f"{sys.argv[8]:<14} {sys.argv[9]:<10} {'':>9} {'':>5} {'':>4} {'':>5} "
      f"{r(g['input'].get('load_seconds', 0), load):>8.2f} {r(g['train_seconds'], fit):>8.2f} "
      f"{r(steady, fit / iters):>9.2f} {r(gwhole, whole):>9.2f} {r(grss, rss):>9.2f}")
PY
}

reg_sets=(); km_sets=()
for s in "${sets[@]}"; do [[ "$s" == linreg-* || "$s" == logreg-* || "$s" == softmax-* ]] && reg_sets+=("$s") || km_sets+=("$s"); done
sets=("${km_sets[@]+"${km_sets[@]}"}")

((${#sets[@]})) && printf '%-14s %-10s %9s %5s %4s %5s %8s %8s %9s %9s %9s %15s\n' data engine rows dims k iters load_s fit_s s/iter whole_s rss_mb inertia
for s in "${sets[@]+"${sets[@]}"}"; do
  f="$(file_of "$s")"; init="${f%.csv}.init.csv"; k="$(k_of "$s")"
  rows=$(wc -l < "$f"); dims=$(head -1 "$f" | awk -F, '{print NF}')
  out="$results/$s-$tag"
  timing="$results/$s-$tag.time"
  /usr/bin/time -f '%e %M' -o "$timing" "${pin[@]+"${pin[@]}"}" "$home/bin/giraph-ml" kmeans --input "$f" --k "$k" \
    --init-centroids "$init" --max-iterations "$iterations" --tolerance 0 \
    --workers "$workers" "${algorithm[@]+"${algorithm[@]}"}" "${precision[@]+"${precision[@]}"}" \
    --output "$out" --overwrite > "$results/$s-$tag.log" 2>&1
  read -r whole rss < "$timing"
  python3 - "$out/summary.json" "$s" "$rows" "$dims" "$k" "$whole" "$rss" "$engine" <<'PY'
import json, statistics, sys
s = json.load(open(sys.argv[1]))
name, rows, dims, k, whole, rss, engine = sys.argv[2:9]
it = s["iteration_seconds"]
steady = statistics.median(it[1:]) if len(it) > 1 else (it[0] if it else 0)
load = s["input"].get("load_seconds", 0)
print(f"{name:<14} {engine:<10} {int(rows):>9} {int(dims):>5} {int(k):>4} {s['iterations']:>5} "
      f"{load:>8.3f} {s['train_seconds']:>8.3f} {steady:>9.4f} {float(whole):>9.2f} "
      f"{int(rss)/1024:>9.0f} {s['objective']:>15.8g}")
PY
  if ((spark)); then
    timing="$results/$s-spark.time"
    line=$(/usr/bin/time -f '%e %M' -o "$timing" java "${spark_opens[@]}" -Xmx8g \
      -cp "$spark_cp" \
      org.giraphml.bench.SparkKMeans "$f" "$init" "$k" "$iterations" 2>/dev/null | tail -1)
    read -r load fit iters inertia <<<"$line"
    read -r whole rss < "$timing"
    awk -v n="$s" -v r="$rows" -v d="$dims" -v k="$k" -v it="$iters" -v l="$load" -v f="$fit" \
        -v w="$whole" -v m="$rss" -v i="$inertia" 'BEGIN { printf "%-14s %-10s %9d %5d %4d %5d %8.3f %8.3f %9.4f %9.2f %9.0f %15.8g\n", n, "spark", r, d, k, it, l, f, f / it, w, m / 1024, i }'
    # giraph-ml / Spark per column (issue 11 asks for at most 0.2 in whole-process time)
    ratio_row "$s" ratio/spk "$load" "$fit" "$iters" "$whole" "$rss"
  fi
  if ((sklearn)); then
    # scikit-learn's lloyd and elkan (its exact bounds); the ratio row compares with the faster.
    best_fit=""
    for algo in lloyd elkan; do
      timing="$results/$s-sklearn-$algo.time"
      line=$(/usr/bin/time -f '%e %M' -o "$timing" "${pin[@]+"${pin[@]}"}" /usr/bin/python3 "$home/bench/sklearn_kmeans.py" "$f" "$init" "$k" "$iterations" "$algo")
      read -r load fit iters inertia <<<"$line"
      read -r whole rss < "$timing"
      awk -v n="$s" -v e="sk-$algo" -v r="$rows" -v d="$dims" -v k="$k" -v it="$iters" -v l="$load" -v f="$fit" \
          -v w="$whole" -v m="$rss" -v i="$inertia" 'BEGIN { printf "%-14s %-10s %9d %5d %4d %5d %8.3f %8.3f %9.4f %9.2f %9.0f %15.8g\n", n, e, r, d, k, it, l, f, f / it, w, m / 1024, i }'
      if [[ -z "$best_fit" ]] || awk -v a="$fit" -v b="$best_fit" 'BEGIN { exit !(a < b) }'; then
        best_fit="$fit"; best=("$load" "$fit" "$iters" "$whole" "$rss")
      fi
    done
    # giraph-ml / scikit-learn's faster algorithm, per column (below 1: giraph-ml is faster or smaller)
    ratio_row "$s" ratio "${best[@]}"
  fi
done

((${#reg_sets[@]})) && { echo; run_regression "${reg_sets[@]}"; }
exit 0
