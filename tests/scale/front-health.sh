#!/bin/sh
# packaging/gateway/jiujin-front-health against two stand-in instances: one answers 200 on
# /healthz only with the front's secret, the other does not listen. The failing one must be
# marked `down` (and nginx reloaded), the other left alone; once both answer, both are up again.
# The heartbeat lanes' upstream is judged on its own: a lane that does not answer is marked down
# there (and only there), its instance's main listener left up.
# Usage: front-health.sh SCRIPT
set -eu
script=$1
dir=$(mktemp -d)
pids=""
trap 'for p in $pids; do kill "$p" 2>/dev/null || true; done; rm -rf "$dir"' EXIT
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
p1=$(port); p2=$(port); p3=$(port); p4=$(port)
# waits (10 s at most) until a stand-in on port $1 answers anything
up() { i=0; until curl -s -o /dev/null "http://127.0.0.1:$1/"; do i=$((i+1)); [ $i -lt 100 ] || return 1; sleep 0.1; done; }
secret=0123456789abcdef0123456789abcdef
cat > "$dir/nginx.conf" <<CONF
http {
    upstream jiujin_gateways {
        server 127.0.0.1:$p1 max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$p2 max_fails=1 fail_timeout=10s;
    }
    upstream jiujin_heartbeats {
        server 127.0.0.1:$p3 max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$p4 max_fails=1 fail_timeout=10s;
    }
}
CONF
printf 'proxy_set_header X-JJ-Front "%s";\n' "$secret" > "$dir/front-headers.conf"
cat > "$dir/instance.py" <<'PY'
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        ok = self.path == "/healthz" and self.headers.get("X-JJ-Front") == sys.argv[2]
        self.send_response(200 if ok else 403); self.end_headers()
    def log_message(self, *a): pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
PY
printf '#!/bin/sh\necho "$@" >> %s/reloads\n' "$dir" > "$dir/nginx"; chmod +x "$dir/nginx"
python3 "$dir/instance.py" "$p1" "$secret" & pids="$pids $!"
python3 "$dir/instance.py" "$p3" "$secret" & pids="$pids $!"
up "$p1"; up "$p3"
export JIUJIN_FRONT_NGINX="$dir/nginx"
if "$script" "$dir/nginx.conf"; then echo "FAIL: exit 0 with an instance down"; exit 1; fi
grep -q "server 127.0.0.1:$p2 .*down;" "$dir/nginx.conf" || { echo "FAIL: $p2 not down"; cat "$dir/nginx.conf"; exit 1; }
grep -q "server 127.0.0.1:$p1 .*down;" "$dir/nginx.conf" && { echo "FAIL: $p1 marked down"; exit 1; }
grep -q "server 127.0.0.1:$p4 .*down;" "$dir/nginx.conf" || { echo "FAIL: lane $p4 not down"; cat "$dir/nginx.conf"; exit 1; }
grep -q "server 127.0.0.1:$p3 .*down;" "$dir/nginx.conf" && { echo "FAIL: lane $p3 marked down"; exit 1; }
grep -q -- "-s reload" "$dir/reloads" || { echo "FAIL: nginx not reloaded"; exit 1; }
python3 "$dir/instance.py" "$p2" "$secret" & pids="$pids $!"
python3 "$dir/instance.py" "$p4" "$secret" & pids="$pids $!"
up "$p2"; up "$p4"
"$script" "$dir/nginx.conf" || { echo "FAIL: exit non-zero with both up"; exit 1; }
grep -q "down;" "$dir/nginx.conf" && { echo "FAIL: still down"; cat "$dir/nginx.conf"; exit 1; }
echo "ok"
