#!/usr/bin/env bash
# Latency of the read-only commands (issue 22): the median wall time of each, as a whole process, over RUNS runs
# after one warm-up, first with no server running (each command starts and stops the embedded PostgreSQL), then
# while a `serve` holds the home's server (each command joins it).
#   bench/latency.sh                   # 7 runs each, work in bench-out/latency
#   bench/latency.sh 11 /tmp/lat       # any number of runs, any work folder
#   VOCSTAT=/other/checkout/bin/vocstat bench/latency.sh   # another build, e.g. the one before a change
#   VS="env VOCSTAT_JAR=old.jar /old/checkout/bin/vocstat" bench/latency.sh   # this build and another in turn,
#                                      # with the median ratio this/other of the pairs
# The home is loaded once with sample-exports/2022. The machines are shared and noisy: compare medians of runs made
# one after the other, not single times. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
work="${2:-bench-out/latency}"
vocstat="${VOCSTAT:-bin/vocstat}"
vs="${VS:-}"
[ -f target/vocstat.jar ] || [ -n "${VOCSTAT:-}" ] || ./mvnw -q -B package -DskipTests
mkdir -p "$work"
home="$work/home"
if [ ! -f "$work/loaded" ]; then
	rm -rf "$home"
	# shellcheck disable=SC2086
	$vocstat --home "$home" load sample-exports/2022 > "$work/load.txt" 2>&1
	touch "$work/loaded"
fi

commands=(
	"status"
	"quarantine 1"
	"indicators --period AY2022"
	"trace enrolment.in_school --scope city:330400 --period AY2022"
	"report --period AY2022"
)

# The median of the numbers on stdin.
median() {
	sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Prints the median, minimum and maximum of the numbers (milliseconds) given, in seconds.
spread() {
	local sorted
	sorted=$(printf '%s\n' "$@" | sort -n)
	printf ' %6.2f %6.2f %6.2f' "$(median <<< "$sorted" | awk '{ print $1 / 1000 }')" \
		"$(head -1 <<< "$sorted" | awk '{ print $1 / 1000 }')" "$(tail -1 <<< "$sorted" | awk '{ print $1 / 1000 }')"
}

# One run of a command line by a launcher (a command, split into words); prints its wall time in milliseconds.
once() {
	local start end code
	start=$(date +%s%N)
	# shellcheck disable=SC2086 # launcher and command line are split into words on purpose
	$1 --home "$home" $2 > "$work/out.txt" 2>&1 && code=0 || code=$?
	end=$(date +%s%N)
	if [ "$code" != 0 ]; then
		echo "'$1 $2' exited $code:" >&2
		head -5 "$work/out.txt" >&2
		exit 1
	fi
	echo $(( (end - start) / 1000000 ))
}

# Runs one command line RUNS times after a warm-up, with VS in turn if given (A B A B ..., so that both meet the same
# moments of a noisy machine); prints each one's median, minimum and maximum in seconds, and the median ratio A/B.
measure() {
	local a=() b=() ratios=()
	for i in $(seq 0 "$runs"); do
		local ta tb
		ta=$(once "$vocstat" "$1")
		[ -z "$vs" ] || tb=$(once "$vs" "$1")
		[ "$i" = 0 ] && continue
		a+=("$ta")
		[ -z "$vs" ] || { b+=("$tb"); ratios+=("$(awk -v x="$ta" -v y="$tb" 'BEGIN { print x / y * 1000 }')"); }
	done
	printf '%-62s' "$1"
	spread "${a[@]}"
	if [ -n "$vs" ]; then
		spread "${b[@]}"
		printf ' %6.2f' "$(printf '%s\n' "${ratios[@]}" | median | awk '{ print $1 / 1000 }')"
	fi
	echo
}

report() {
	printf '%-62s %6s %6s %6s' "$1 ($runs runs, seconds)" median min max
	[ -z "$vs" ] || printf ' %6s %6s %6s %6s' "vs: median" min max "ratio"
	echo
	for command in "${commands[@]}"; do
		measure "$command"
	done
}

report "no server running"

# A serve with a schedule that never comes in the benchmark holds the server, as a nightly load or a serve would.
mkdir -p "$work/inbox" "$work/archive"
# shellcheck disable=SC2086
$vocstat --home "$home" serve --inbox "$work/inbox" --archive "$work/archive" --cron "0 0 0 1 1 *" \
	> "$work/serve.txt" 2>&1 &
serve=$!
trap 'kill -TERM "$serve" 2> /dev/null || true; wait "$serve" 2> /dev/null || true' EXIT
for _ in $(seq 1 120); do
	grep -q "serving" "$work/serve.txt" && break
	sleep 0.5
done
grep -q "serving" "$work/serve.txt" || { echo "serve did not start:" >&2; cat "$work/serve.txt" >&2; exit 1; }
report "while serve holds the server"
