# Shared by the bench-*.sh scripts: run a command RUNS times under GNU time
# -v and report the medians. Source it after setting RUNS and $work (a
# scratch directory).

[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }

# median prints the middle of its arguments (the lower middle of an even count).
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

# measure LABEL N COMMAND...: runs COMMAND RUNS times, sets WALL (s), CPU
# (user + system s) and RSS (MB) to the medians and prints them with N/s.
measure() {
	local label=$1 n=$2
	shift 2
	local walls=() cpus=() rss=()
	for ((i = 0; i < RUNS; i++)); do
		if ! /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>"$work/stderr"; then
			cat "$work/stderr" >&2
			exit 1
		fi
		# "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:02.31"
		walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time")")
		cpus+=("$(awk -F': ' '/(User|System) time \(seconds\)/ {s += $2} END {print s}' "$work/time")")
		rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2 / 1024}' "$work/time")")
	done
	WALL=$(median "${walls[@]}") CPU=$(median "${cpus[@]}") RSS=$(median "${rss[@]}")
	awk -v l="$label" -v n="$n" -v w="$WALL" -v cpu="$CPU" -v mb="$RSS" -v runs="${walls[*]}" 'BEGIN {
		printf "%-10s %6d  %6.2f s wall  %6.2f s CPU  %5.0f MB peak RSS  %6.0f /s  (walls: %s)\n", l, n, w, cpu, mb, n / w, runs
	}'
}

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(go version | cut -d' ' -f3)"
