#!/usr/bin/env bash
# Benchmark of a workbook export: the province batch (~1M students) generated twice, once all CSV and once with
# sms/students as .xlsx (`generate --excel sms/students`), each loaded into a fresh home with the schedules' JVM
# options (bin/vocstat: -Xmx1g -XX:+UseParallelGC); prints each load's steps (vocstat status) and peak RSS.
#   bench/excel.sh                  # province, work in bench-out/excel
#   bench/excel.sh 200000 /tmp/x    # any number of students, any work folder
# Not part of the test suite. Generated data stays in the work folder (never commit it).
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-province}"
work="${2:-bench-out/excel}"
[ -f target/vocstat.jar ] || ./mvnw -q -B package -DskipTests
rm -rf "$work" && mkdir -p "$work"
for format in csv xlsx; do
  excel=()
  [ "$format" = xlsx ] && excel=(--excel sms/students)
  start=$(date +%s.%N)
  java -jar target/vocstat.jar --home "$work/gen" generate --region 330000 --year 2022 --scale "$scale" \
    --out "$work/$format" "${excel[@]}" > "$work/generate-$format.txt"
  echo "$format: generated in $(echo "$(date +%s.%N) - $start" | bc) s"
  /usr/bin/time -v bin/vocstat --home "$work/home-$format" load "$work/$format" > "$work/load-$format.txt" \
    2> "$work/time-$format.txt" || { cat "$work/load-$format.txt" "$work/time-$format.txt"; exit 1; }
  grep -E "Maximum resident|Elapsed" "$work/time-$format.txt" | sed "s/^/$format: /"
  bin/vocstat --home "$work/home-$format" status 1 | tee "$work/status-$format.txt"
done
ls -l "$work/csv/sms/students.csv" "$work/xlsx/sms/students.xlsx"
