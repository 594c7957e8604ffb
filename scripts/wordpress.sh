#!/usr/bin/env bash
# A real WordPress for the browser tests (test/e2e/wordpress.spec.ts): Debian's `wordpress` package with
# MariaDB and its own Apache on 127.0.0.1:$WP_PORT, installed without WP-CLI, with the fixture must-use
# plugin (test/fixtures/wordpress/) and posts that paste a calculator's URL (classic auto-embed and the block
# editor's Embed block). Run as root with apt-get; installs what is missing, then (re)starts the servers and
# republishes the posts. Writes .tmp/wordpress.json for the tests. Any failure exits non-zero with a reason.
set -euo pipefail
cd "$(dirname "$0")/.."

WP_PORT="${WP_PORT:-8091}"
STATE="${WP_STATE:-/tmp/itse-wordpress}"
HOME_URL="http://127.0.0.1:$WP_PORT"
CONTENT=/var/lib/wordpress/wp-content
PACKAGES=(wordpress wordpress-theme-twentytwentyone wordpress-theme-twentytwentythree mariadb-server php-mysql apache2 libapache2-mod-php)

fail() {
  echo "WordPress setup failed: $*" >&2
  exit 1
}
case "$WP_PORT" in ''|*[!0-9]*) fail "WP_PORT must be a number, not “$WP_PORT”";; esac
if [ "$WP_PORT" -ge 4321 ] && [ "$WP_PORT" -le 4600 ]; then fail "WP_PORT $WP_PORT is in 4321–4600, which the other test servers use"; fi
mkdir -p "$STATE" .tmp
rm -f .tmp/wordpress.json

missing=()
for p in "${PACKAGES[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null || fail "needs ${missing[*]}: run this as root on Debian/Ubuntu (apt-get), or install them yourself"
  echo "› Installing ${missing[*]} (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  # The package lists may be missing on a fresh container; update once and retry.
  apt-get install -y -q --no-install-recommends "${missing[@]}" > "$STATE/apt.log" 2>&1 \
    || { apt-get update -q > "$STATE/apt.log" 2>&1 && apt-get install -y -q --no-install-recommends "${missing[@]}" >> "$STATE/apt.log" 2>&1; } \
    || { tail -5 "$STATE/apt.log" >&2; fail "apt-get install ${missing[*]} failed (log: $STATE/apt.log)"; }
fi
[ "$(id -u)" = 0 ] || fail "must run as root to start MariaDB and Apache as www-data"

# MariaDB: Debian's own service (bind-address 127.0.0.1 in its default config).
if ! mariadb-admin ping > /dev/null 2>&1; then
  service mariadb start > "$STATE/mariadb.log" 2>&1 || true
  for _ in $(seq 1 50); do mariadb-admin ping > /dev/null 2>&1 && break; sleep 0.2; done
  mariadb-admin ping > /dev/null 2>&1 || { tail -5 "$STATE/mariadb.log" >&2; fail "MariaDB did not start (log: $STATE/mariadb.log)"; }
fi
mariadb -e "CREATE DATABASE IF NOT EXISTS itse_wordpress; CREATE USER IF NOT EXISTS 'itse'@'127.0.0.1' IDENTIFIED BY 'itse'; GRANT ALL ON itse_wordpress.* TO 'itse'@'127.0.0.1';" \
  || fail "could not create the database"

# Debian's wp-config.php reads /etc/wordpress/config-<host>.php; the host here is 127.0.0.1.
cat > /etc/wordpress/config-127.0.0.1.php <<PHP
<?php
// Written by scripts/wordpress.sh for the browser tests.
define('DB_NAME', 'itse_wordpress');
define('DB_USER', 'itse');
define('DB_PASSWORD', 'itse');
define('DB_HOST', '127.0.0.1');
define('WP_HOME', '$HOME_URL');
define('WP_SITEURL', '$HOME_URL');
define('WP_HTTP_BLOCK_EXTERNAL', false);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
PHP
mkdir -p "$CONTENT/mu-plugins"
install -m 0644 test/fixtures/wordpress/itse-fixture.php "$CONTENT/mu-plugins/itse-fixture.php"

php test/fixtures/wordpress/setup.php "$HOME_URL" "$STATE/posts.json" || fail "the WordPress install (wp_install, posts) failed"

# Apache: an instance of its own, so neither port 80 nor the system's sites are touched.
cat > "$STATE/apache.conf" <<CONF
ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:$WP_PORT
PidFile $STATE/apache.pid
ErrorLog $STATE/apache-error.log
LogLevel warn
User www-data
Group www-data
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule php_module /usr/lib/apache2/modules/libphp8.2.so
TypesConfig /etc/mime.types
StartServers 2
MaxRequestWorkers 16
DocumentRoot /usr/share/wordpress
DirectoryIndex index.php
Alias /wp-content $CONTENT
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory $CONTENT>
  Options FollowSymLinks
  Require all granted
</Directory>
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
CONF
mkdir -p /var/run/apache2 /var/lock/apache2
if [ -f "$STATE/apache.pid" ] && kill -0 "$(cat "$STATE/apache.pid")" 2> /dev/null; then
  # Already serving (an earlier run): reload the config in place, keeping the socket.
  apache2 -f "$STATE/apache.conf" -k graceful || fail "Apache did not reload (log: $STATE/apache-error.log)"
else
  apache2 -f "$STATE/apache.conf" -k start || { tail -5 "$STATE/apache-error.log" >&2 2>/dev/null; fail "Apache did not start on 127.0.0.1:$WP_PORT (port taken? WP_PORT=… picks another; log: $STATE/apache-error.log)"; }
fi
for _ in $(seq 1 50); do curl -fsS -o /dev/null "$HOME_URL/" 2> /dev/null && break; sleep 0.1; done
curl -fsS -o /dev/null "$HOME_URL/" || fail "WordPress does not answer on $HOME_URL (log: $STATE/apache-error.log)"

cp "$STATE/posts.json" .tmp/wordpress.json
echo "› WordPress on $HOME_URL (stop: apache2 -f $STATE/apache.conf -k stop)"
