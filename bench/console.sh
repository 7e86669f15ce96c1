#!/usr/bin/env bash
# Speed of the web console (issue 23): each page's time to first byte, as a signed-in auditor sees it (a figure's
# digest check, which its page loads after its first byte, is a row of its own), and the CSV download of a figure's
# source rows (time to first byte, and the console JVM's RSS before, during and after).
# A benchmark, not a test: it prints a table and judges nothing.
#   bench/console.sh                      # province scale (~1M students), work in bench-out/console; first run
#                                         # generates and loads (a few minutes), later runs reuse the loaded home
#   bench/console.sh national             # the nation (000000, ~18M students): ~30 GB of disk, load ~15 minutes
#   bench/console.sh province /tmp/cb     # any work folder (the home is WORK/home)
#   HOME_DIR=/some/home bench/console.sh  # an already loaded home (a province's, 330000, or the nation's)
#   RUNS=25 WARMUP=3 bench/console.sh     # requests per page after the warm-ups (default 15 after 2)
# The console runs as `vocstat console` does from the schedules (heap capped at 1 GB, the throughput collector),
# on a free port on 127.0.0.1. The machines are shared and noisy: read medians, and compare runs made one after
# the other. Generated data stays in the work folder (never commit it).
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-province}"
work="${2:-bench-out/console}"
runs="${RUNS:-15}"
warmup="${WARMUP:-2}"
region=330000
top=province:330000
[ "$scale" = national ] && region=000000 && top=national:000000
[ -f target/vocstat.jar ] || ./mvnw -q -B package -DskipTests
jvm=(java -Xmx1g -XX:+UseParallelGC -jar target/vocstat.jar)
mkdir -p "$work"
home="${HOME_DIR:-$work/home}"

# A fresh home, loaded once with a generated batch, and one edition of it (so that the editions page and an
# edition's report have something to show); later runs find the mark and reuse it.
if [ -z "${HOME_DIR:-}" ] && [ ! -f "$work/loaded" ]; then
	rm -rf "$home" "$work/batch"
	"${jvm[@]}" --home "$home" generate --region "$region" --year 2022 --scale "$scale" --out "$work/batch" \
		> "$work/generate.txt" 2>&1
	"${jvm[@]}" --home "$home" load "$work/batch" > "$work/load.txt" 2>&1
	"${jvm[@]}" --home "$home" publish --region "$region" --period AY2022 --title "bench $scale" --by bench \
		--override "benchmark data" > "$work/publish.txt" 2>&1
	touch "$work/loaded"
fi
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$password" | "${jvm[@]}" --home "$home" users add bench --role auditor --password-stdin \
	> "$work/users.txt" 2>&1

# The console on a port of its own choosing; the line it prints names it.
"${jvm[@]}" --home "$home" console --server.port=0 > "$work/console.txt" 2>&1 &
console=$!
trap 'kill -TERM "$console" 2> /dev/null || true; wait "$console" 2> /dev/null || true' EXIT
url=
for _ in $(seq 1 240); do
	url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/console.txt" | head -1 || true)
	[ -n "$url" ] && break
	kill -0 "$console" 2> /dev/null || break
	sleep 0.5
done
[ -n "$url" ] || { echo "the console did not start:" >&2; tail -20 "$work/console.txt" >&2; exit 1; }

# Signs in as the form does: the login page's CSRF token, then the credentials, with the session in a cookie jar.
jar="$work/cookies.txt"
rm -f "$jar"
token=$(curl -sf -c "$jar" -b "$jar" "$url/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
[ -n "$token" ] || { echo "no CSRF token on the login page" >&2; exit 1; }
where=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=bench" \
	--data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$url/login")
case "$where" in *error*|*login*) echo "sign-in refused ($where)" >&2; exit 1 ;; esac

# GET PATH; prints the status, then fails unless it is 200.
fetch() {
	local status
	status=$(curl -s -o "$work/page.html" -w '%{http_code}' -b "$jar" "$url$1")
	[ "$status" = 200 ] || { echo "GET $1 answered $status" >&2; exit 1; }
}

# A run and a quarantine page to measure: the newest run's, and its first file-and-rule link if it has one.
fetch /runs
run=$(grep -o 'href="/runs/[0-9]*"' "$work/page.html" | head -1 | grep -o '[0-9]*' || true)
[ -n "$run" ] || { echo "no run on /runs" >&2; exit 1; }
fetch "/runs/$run"
quarantine=$(grep -o "href=\"/runs/$run/quarantine?[^\"]*rule=[^\"]*\"" "$work/page.html" | head -1 \
	| sed 's/^href="//; s/"$//; s/&amp;/\&/g' || true)
[ -n "$quarantine" ] || quarantine="/runs/$run/quarantine"
fetch /editions
edition=$(grep -o 'href="/report?edition=[0-9]*"' "$work/page.html" | head -1 | grep -o '[0-9][0-9]*' || true)

top_figure="indicator=enrolment.in_school&scope=$top&period=AY2022&region=$region"
city_figure="indicator=facilities.equipment_value_per_student&scope=city:330400&period=AY2022&region=$region"
# A school's figure: the first school the city figure's breakdown links to.
fetch "/figure?$city_figure"
school=$(grep -o 'scope=school:[^&"]*' "$work/page.html" | head -1 | sed 's/^scope=//' || true)
[ -n "$school" ] || { echo "no school on the city figure's page" >&2; exit 1; }
school_figure="indicator=enrolment.in_school&scope=$school&period=AY2022&region=$region"
pages=(
	"/report?region=$region&period=AY2022"
	"/figure?$top_figure"
	"/figure?$top_figure&sort=line&desc=true"
	"/figure?$city_figure"
	"/figure?$school_figure"
	"/figure/digest?$top_figure"
	"/figure/digest?$city_figure"
	"/figure/digest?$school_figure"
	"/runs"
	"/runs/$run"
	"$quarantine"
	"/review?region=$region&period=AY2022"
	"/batches"
	"/editions"
)
[ -z "$edition" ] || pages+=("/report?edition=$edition")

# The median and the 90th percentile (nearest rank) of the numbers on stdin.
quantiles() {
	sort -n | awk '{ v[NR] = $1 } END {
		m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		p = int(NR * 0.9); if (p < NR * 0.9) p++
		printf "%8.0f %8.0f", m, v[p] }'
}

echo "vocstat console at $(git rev-parse --short HEAD), $scale scale, $(date -u '+%Y-%m-%d %H:%M UTC'), load average" \
	"$(cut -d' ' -f1-3 /proc/loadavg), $runs requests a page after $warmup warm-ups (ms)"
printf '%-100s %8s %8s %8s %8s\n' "page" "TTFB med" "p90" "total" "KB"
for page in "${pages[@]}"; do
	fetch "$page"
	: > "$work/times.txt"
	for i in $(seq 1 $((warmup + runs))); do
		line=$(curl -s -o /dev/null -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' \
			-b "$jar" "$url$page")
		read -r status first total size <<< "$line"
		[ "$status" = 200 ] || { echo "GET $page answered $status" >&2; exit 1; }
		[ "$i" -le "$warmup" ] || echo "$first $total $size" >> "$work/times.txt"
	done
	printf '%-100s %s %8.0f %8.0f\n' "$page" "$(awk '{ print $1 * 1000 }' "$work/times.txt" | quantiles)" \
		"$(awk '{ print $2 * 1000 }' "$work/times.txt" | quantiles | awk '{ print $1 }')" \
		"$(awk '{ s += $3 } END { print s / NR / 1024 }' "$work/times.txt")"
done

# The download of the largest figure's rows, once: its time to first byte and in all, and the JVM's resident set
# before, at its highest while the rows stream (sampled every 0.2 s), and after.
rss() { ps -o rss= -p "$console" | tr -d ' '; }
csv="/figure/rows.csv?$top_figure"
before=$(rss)
curl -s -o "$work/rows.csv" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}\n' -b "$jar" \
	"$url$csv" > "$work/download.txt" &
download=$!
peak=$before
while kill -0 "$download" 2> /dev/null; do
	now=$(rss)
	[ "$now" -le "$peak" ] || peak=$now
	sleep 0.2
done
wait "$download"
after=$(rss)
read -r status first total size < "$work/download.txt"
[ "$status" = 200 ] || { echo "GET $csv answered $status" >&2; exit 1; }
echo
echo "CSV download $csv"
printf '  rows %s, %.0f MB; first byte %.0f ms, all %.1f s; console JVM RSS before %.0f MB, peak %.0f MB, after %.0f MB\n' \
	"$(($(wc -l < "$work/rows.csv") - 1))" "$(awk -v s="$size" 'BEGIN { print s / 1048576 }')" \
	"$(awk -v t="$first" 'BEGIN { print t * 1000 }')" "$total" \
	"$(awk -v k="$before" 'BEGIN { print k / 1024 }')" "$(awk -v k="$peak" 'BEGIN { print k / 1024 }')" \
	"$(awk -v k="$after" 'BEGIN { print k / 1024 }')"
rm -f "$work/rows.csv"
