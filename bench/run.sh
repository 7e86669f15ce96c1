#!/usr/bin/env bash
# Benchmark: generate a batch at a scale, then measure raw PostgreSQL COPY of its files and the vocstat load on the
# same embedded PostgreSQL, in one run (ratios, not absolute times: the machines are shared and noisy).
#   bench/run.sh                 # province scale (~1M students, 1.66M rows), work in bench-out/; ~2 minutes
#   bench/run.sh national        # ~18M students (29M rows): ~15 minutes, ~30 GB of disk
#   bench/run.sh 200000 /tmp/b   # any number of students, any work folder
# The batch is generated in a JVM of its own, so the peak RSS reported is the load's; the load runs with the JVM
# options the schedules in jobs/schedules/ use (heap cap, collector), which the report's last line names. Not part
# of the test suite. Generated data stays in the work folder (never commit it).
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-province}"
work="${2:-bench-out}"
# A national batch is the nation's (000000, every province beneath it); any other scale is Zhejiang's (330000).
region=330000
[ "$scale" = national ] && region=000000
[ -f target/vocstat.jar ] || ./mvnw -q -B package -DskipTests
rm -rf "$work" && mkdir -p "$work"
java -jar target/vocstat.jar --home "$work/home" generate --region "$region" --year 2022 --scale "$scale" \
  --out "$work/batch" > "$work/generate.txt"
java -Xmx1g -XX:+UseParallelGC -jar target/vocstat.jar --home "$work/home" bench --scale "$scale" --work "$work" \
  --batch "$work/batch" \
  | tee "$work/report.txt"
