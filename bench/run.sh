#!/usr/bin/env bash
# Benchmark: generate a batch at a scale, then measure raw PostgreSQL COPY of its files and the vocstat load on the
# same embedded PostgreSQL, in one run (ratios, not absolute times: the machines are shared and noisy).
#   bench/run.sh                 # province scale (~1M students), work in bench-out/
#   bench/run.sh national        # ~18M students (allow an hour and ~5 GB of disk)
#   bench/run.sh 200000 /tmp/b   # any number of students, any work folder
# Not part of the test suite. Generated data stays in the work folder (never commit it).
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-province}"
work="${2:-bench-out}"
[ -f target/vocstat.jar ] || ./mvnw -q -B package -DskipTests
rm -rf "$work" && mkdir -p "$work"
java -Xmx1g -jar target/vocstat.jar --home "$work/home" bench --scale "$scale" --work "$work" | tee "$work/report.txt"
