#!/usr/bin/env bash
# Checks what docs/deploy.md ships in deploy/: the nginx site with nginx's own check and in a live
# run (TLS, the forwarded headers the admin and the API rely on, the two API processes), and the
# systemd units with systemd-analyze verify. Non-zero exit on any problem or warning.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$tmp/nginx.pid" ] && kill "$(cat "$tmp/nginx.pid")" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "deploy-check: $*" >&2; exit 1; }

command -v nginx >/dev/null || fail "nginx is not installed (apt-get install nginx-light)"
command -v systemd-analyze >/dev/null || fail "systemd-analyze is not installed (apt-get install systemd)"

echo "== nginx: deploy/nginx/wir.conf"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=wir.kreis-offenbach.example \
  -keyout "$tmp/privkey.pem" -out "$tmp/fullchain.pem" 2>/dev/null
# The shipped site with a throw-away certificate, its log in the temporary folder, and (for the live
# run) ports no one else uses: 80→18080, 443→18443, admin 4200→14200, API 3000/3001/3002→13000/13001/13002.
sed -e "s|/etc/letsencrypt/live/wir.kreis-offenbach.example/|$tmp/|" -e "s|/var/log/nginx/|$tmp/|" \
    -e 's/listen 80;/listen 18080;/; s/listen \[::\]:80;/listen [::1]:18080;/' \
    -e 's/listen 443 /listen 18443 /; s/listen \[::\]:443 /listen [::1]:18443 /' \
    -e 's/127.0.0.1:4200/127.0.0.1:14200/; s/127.0.0.1:3000/127.0.0.1:13000/' \
    -e 's/127.0.0.1:3001/127.0.0.1:13001/; s/127.0.0.1:3002/127.0.0.1:13002/' \
    deploy/nginx/wir.conf > "$tmp/wir.conf"
cat > "$tmp/nginx.conf" <<CONF
pid $tmp/nginx.pid;
error_log $tmp/error.log warn;
events {}
http {
  include /etc/nginx/mime.types;
  client_body_temp_path $tmp/body;
  proxy_temp_path $tmp/proxy;
  include $tmp/wir.conf;
}
CONF
nginx -t -q -p "$tmp" -c "$tmp/nginx.conf"

node tools/ci/deploy-echo.mjs 14200 13001 13002 & pids+=($!)
nginx -p "$tmp" -c "$tmp/nginx.conf"
for _ in $(seq 1 50); do curl -s -o /dev/null http://127.0.0.1:13001/ && break; sleep 0.1; done

# Plain HTTP answers only with the way to HTTPS.
code=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -H 'Host: wir.kreis-offenbach.example' http://127.0.0.1:18080/anmeldung?x=1)
[ "$code" = "301 https://wir.kreis-offenbach.example/anmeldung?x=1" ] || fail "HTTP should redirect to HTTPS, got: $code"

# Through TLS to the admin: a client that forges X-Forwarded-For, Forwarded and X-Real-IP is seen as
# itself; the admin gets proto https and the host, and sends on exactly one address. The client must
# not be on the loopback (which the admin trusts as a proxy): it connects to this host's own address.
echo "== nginx live: forwarded headers"
ip=$(hostname -I 2>/dev/null | tr ' ' '\n' | grep -E '^[0-9.]+$' | grep -v '^127\.' | head -1 || true)
[ -n "$ip" ] || fail "this machine has no non-loopback IPv4 address to test the forwarded headers from"
out=$(curl -sk --resolve "wir.kreis-offenbach.example:18443:$ip" https://wir.kreis-offenbach.example:18443/api/events \
  -H 'X-Forwarded-For: 203.0.113.9' -H 'Forwarded: for=203.0.113.9' -H 'X-Real-IP: 203.0.113.9' -H 'X-Forwarded-Proto: http')
node -e '
  const r = JSON.parse(process.argv[1]);
  const h = r.headers;
  const want = { name: "admin", xff: process.argv[3], proto: "https", host: "wir.kreis-offenbach.example" };
  const got = { name: r.name, xff: h["x-forwarded-for"], proto: h["x-forwarded-proto"], host: h["x-forwarded-host"] };
  if (JSON.stringify(want) !== JSON.stringify(got) || h.forwarded || h["x-real-ip"]) { console.error("admin saw", JSON.stringify(h)); process.exit(1); }
  if (!/max-age=63072000/.test(process.argv[2])) { console.error("no HSTS header"); process.exit(1); }
' "$out" "$(curl -skI --resolve "wir.kreis-offenbach.example:18443:$ip" https://wir.kreis-offenbach.example:18443/)" "$ip" || fail "forwarded headers through nginx are wrong"

# The admin's way to the API: the loopback upstream passes the admin's one address on unchanged and
# spreads requests over both API processes.
echo "== nginx live: the two API processes"
seen=""
for _ in 1 2 3 4; do
  seen+=$(curl -s http://127.0.0.1:13000/api/health -H 'X-Forwarded-For: 198.51.100.7' -H 'X-Forwarded-Proto: https' |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);if(r.headers["x-forwarded-for"]!=="198.51.100.7"||r.headers["x-forwarded-proto"]!=="https")process.exit(1);process.stdout.write(r.name+" ")})') \
    || fail "the API upstream changed the admin's forwarded headers"
done
case "$seen" in *api:13001*api:13002*|*api:13002*api:13001*) ;; *) fail "requests did not reach both API processes: $seen" ;; esac
# One process down: requests still answer (nginx tries the other).
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true; pids=()
node tools/ci/deploy-echo.mjs 14200 13002 & pids+=($!)
for _ in $(seq 1 50); do curl -s -o /dev/null http://127.0.0.1:13002/ && break; sleep 0.1; done
for _ in 1 2 3; do
  name=$(curl -s http://127.0.0.1:13000/api/health | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).name))')
  [ "$name" = "api:13002" ] || fail "with one API process down, a request failed: $name"
done
if grep -E '\[(emerg|alert|crit|error)\]' "$tmp/error.log" | grep -v 'connect() failed (111' ; then fail "nginx logged errors"; fi

echo "== systemd: deploy/systemd/*"
units=$tmp/units
mkdir -p "$units"
cp deploy/systemd/* "$units/"
# Warnings (unknown keys, bad values) count as failures too.
report=$(cd "$units" && systemd-analyze verify wir-api@3001.service wir-api@3002.service wir-admin.service wir-backup.service wir-backup.timer wir.target 2>&1) || { echo "$report"; fail "systemd-analyze verify failed"; }
[ -z "$report" ] || { echo "$report"; fail "systemd-analyze verify reported problems"; }
# The commands the units run exist in this checkout (after npm run build).
for f in apps/api/dist/main.js apps/api/dist/cli/backup.js apps/admin/server.mjs; do
  grep -q "$f" deploy/systemd/*.service || fail "no unit runs $f"
  [ -f "$root/$f" ] || echo "   (note: $f is built by npm run build)"
done
echo "deploy-check: passed"
