#!/usr/bin/env bash
# Trains k-means down every path that shapes the model (each init mode, --init-centroids, both
# empty-cluster policies, cosine, scaled sums, LIBSVM, 1-3 workers, the giraph engine) and keeps
# model.json, summary.json and predictions.csv, to compare two builds with compare.py:
#   bench/kmeans-identity/make-data.py DATA
#   flock /tmp/giraphml-build.lock bench/kmeans-identity/train-models.sh JARDIR OUT DATA
# JARDIR holds a giraph-ml.jar and its lib/ (copy algorithms/target/{giraph-ml.jar,lib}).
set -u
[[ $# -eq 3 ]] || { echo "usage: train-models.sh JARDIR OUT DATA" >&2; exit 2; }
jar=$1/giraph-ml.jar; out=$2; mkdir -p $out
W="$(cd "${BASH_SOURCE[0]%/*}/../.." && pwd)"; D=$3; S=$W/datasets
run() { name=$1; shift
  java @$W/conf/jvm.options -XX:+UseParallelGC -Dlog4j2.configurationFile=$W/conf/log4j2.xml -jar $jar kmeans "$@" --output $out/$name --overwrite --predictions >$out/$name.log 2>&1
  echo "$name rc=$?"; }
run iris-default --input $S/iris.csv --label-column 4 --k 3
run iris-random --input $S/iris.csv --label-column 4 --k 3 --init random --block-bytes 1024 --workers 2
run iris-pp --input $S/iris.csv --label-column 4 --k 3 --init kmeans++ --block-bytes 1024 --workers 3
run iris-cos --input $S/iris.csv --label-column 4 --k 4 --distance cosine --block-bytes 1024
run wine-par5 --input $S/wine.csv --label-column 13 --k 5 --init-steps 5 --block-bytes 2048 --tolerance 0 --max-iterations unlimited
run wine-pp-cos --input $S/wine.csv --label-column 13 --k 3 --init kmeans++ --distance cosine
run diab-rand --input $S/diabetes.csv --label-column 10 --k 8 --init random --seed 9 --block-bytes 4096 --workers 2
run blobs1-file --input $D/blobs1.csv --k 6 --init-centroids $D/blobs1.init.csv --block-bytes 8192 --workers 2
run blobs1-file-cos --input $D/blobs1.csv --k 6 --init-centroids $D/blobs1.init.csv --distance cosine
run blobs2-par --input $D/blobs2.csv --k 10 --seed 5 --block-bytes 65536 --workers 2 --max-iterations 7
run blobs2-pp --input $D/blobs2.csv --k 12 --init kmeans++ --seed 3 --block-bytes 65536
run dups-far --input $D/dups.csv --k 6 --init random --block-bytes 1024
run dups-keep --input $D/dups.csv --k 6 --init random --empty-clusters keep --block-bytes 1024
run dups-par --input $D/dups.csv --k 5 --block-bytes 1024
run huge-par --input $D/huge.csv --k 3 --block-bytes 2048
run huge-pp --input $D/huge.csv --k 3 --init kmeans++ --block-bytes 2048
run tiny --input $D/tiny.csv --k 2 --block-bytes 2048
run sparse-par --input $D/sparse.libsvm --format libsvm --k 3 --block-bytes 4096 --workers 2
run sparse-pp-cos --input $D/sparse.libsvm --format libsvm --k 4 --init kmeans++ --distance cosine
run sparse-rand-keep --input $D/sparse.libsvm --format libsvm --k 5 --init random --empty-clusters keep
run giraph-iris --input $S/iris.csv --label-column 4 --k 3 --engine giraph --workers 2 --block-bytes 1024
