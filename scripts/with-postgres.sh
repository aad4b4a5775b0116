#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server on 127.0.0.1 and TEST_DATABASE_URL set,
# then stops the server (by PID) whatever the command's outcome.
# Needs Debian's postgresql package (.ci/run installs it). Usage: scripts/with-postgres.sh CMD...
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
	echo "with-postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2
	exit 1
fi
port=${PGTEST_PORT:-54329}
work=$(mktemp -d /tmp/school-pg.XXXXXX)
chmod 755 "$work"
as_pg=()
if [ "$(id -u)" = 0 ]; then
	chown postgres:postgres "$work"
	as_pg=(runuser -u postgres --)
fi

"${as_pg[@]}" "$bindir/initdb" -D "$work/data" -U school --auth=trust -E UTF8 >"$work/initdb.log" 2>&1 || {
	cat "$work/initdb.log" >&2
	exit 1
}
"${as_pg[@]}" "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 60 \
	-o "-h 127.0.0.1 -p $port -k $work -c max_connections=200 -c fsync=off" start >/dev/null
pid=$(head -n 1 "$work/data/postmaster.pid")

stop() {
	kill -INT "$pid" 2>/dev/null || true
	for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
	rm -rf "$work"
}
trap stop EXIT

"$bindir/createdb" -h 127.0.0.1 -p "$port" -U school school_test
export TEST_DATABASE_URL="postgres://school@127.0.0.1:$port/school_test"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (pid $pid)"
"$@"
