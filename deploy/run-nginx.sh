#!/usr/bin/env bash
# K `streamlit run app.py` processes, each pinned to its own core, behind Debian's nginx on one port, with
# sticky sessions (a cookie hash) and the websocket upgrade for /_stcore/stream. Everything it starts is
# stopped on exit, and its config, pid and log files live in a temporary directory that is removed then.
#
#   deploy/run-nginx.sh [-k K] [-p PORT] [-a ADDRESS] [-- COMMAND...]
#
# Without COMMAND it serves until Ctrl-C. With COMMAND it runs it once everything is healthy, with
# FIRSTLOOK_URL (the nginx address) and FIRSTLOOK_PIDS (the streamlit pids) in its environment, then stops:
#   deploy/run-nginx.sh -k 2 -- sh -c '.venv/bin/python bench/load.py --url $FIRSTLOOK_URL --pids $FIRSTLOOK_PIDS'
# Needs nginx (apt-get install -y nginx). Backends listen on 127.0.0.1:PORT+1 … PORT+K.
set -euo pipefail
cd "$(dirname "$0")/.."

K=2
PORT=8640
ADDRESS=127.0.0.1
while [ $# -gt 0 ]; do
  case "$1" in
    -k) K="$2"; shift 2 ;;
    -p) PORT="$2"; shift 2 ;;
    -a) ADDRESS="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "usage: $0 [-k K] [-p PORT] [-a ADDRESS] [-- COMMAND...]" >&2; exit 2 ;;
  esac
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { echo "nginx not found: apt-get install -y nginx" >&2; exit 1; }
PYTHON=${PYTHON:-.venv/bin/python}
CORES=$(nproc)

DIR=$(mktemp -d /tmp/firstlook-nginx.XXXXXX)
mkdir -p "$DIR/tmp"
PIDS=()
cleanup() {
  trap - EXIT INT TERM
  [ -f "$DIR/nginx.pid" ] && kill "$(cat "$DIR/nginx.pid")" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

healthy() {  # wait up to 120 s for a URL to answer "ok"
  for _ in $(seq 1200); do
    [ "$(curl -fs --max-time 2 "$1" 2>/dev/null)" = ok ] && return 0
    sleep 0.1
  done
  echo "no answer from $1 (logs in $DIR)" >&2
  return 1
}

UPSTREAMS="" EVERY="" PINS="" NAMES=""
for i in $(seq 1 "$K"); do
  port=$((PORT + i))
  core=$(((i - 1) % CORES))
  # each process on its own core: one Streamlit process runs Python on one core at a time anyway
  taskset -c "$core" "$PYTHON" -m streamlit run app.py --server.headless true --server.address 127.0.0.1 \
    --server.port "$port" --browser.gatherUsageStats false >"$DIR/streamlit-$port.log" 2>&1 &
  PIDS+=($!)
  UPSTREAMS+="    upstream p$i { server 127.0.0.1:$port; }"$'\n'
  EVERY+="        server 127.0.0.1:$port;"$'\n'
  PINS+="        p$i p$i;"$'\n'
  NAMES+="        127.0.0.1:$port p$i;"$'\n'
done
UPSTREAMS+="    upstream every {"$'\n'"$EVERY""    }"$'\n'

fill() {  # the template's line "@NAME@" replaced by the generated lines
  awk -v name="$1" -v text="$2" '{ if ($0 == name) printf "%s", text; else print }'
}
sed -e "s#@DIR@#$DIR#g" -e "s#@LISTEN@#$ADDRESS:$PORT#g" deploy/nginx.conf.template \
  | fill @UPSTREAMS@ "$UPSTREAMS" | fill @PINS@ "$PINS" | fill @NAMES@ "$NAMES" >"$DIR/nginx.conf"
"$NGINX" -t -q -p "$DIR" -e "$DIR/error.log" -c "$DIR/nginx.conf"

for i in $(seq 1 "$K"); do healthy "http://127.0.0.1:$((PORT + i))/_stcore/health"; done
"$NGINX" -p "$DIR" -e "$DIR/error.log" -c "$DIR/nginx.conf" &
healthy "http://$ADDRESS:$PORT/_stcore/health"

export FIRSTLOOK_URL="http://$ADDRESS:$PORT" FIRSTLOOK_PIDS
FIRSTLOOK_PIDS=$(IFS=,; echo "${PIDS[*]}")
echo "First Look on $FIRSTLOOK_URL: $K streamlit processes (pids $FIRSTLOOK_PIDS, ports $((PORT + 1))-$((PORT + K))) behind nginx; files in $DIR"
if [ $# -gt 0 ]; then
  "$@"
else
  echo "Ctrl-C stops everything."
  wait
fi
