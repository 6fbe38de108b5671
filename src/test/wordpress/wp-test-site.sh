#!/usr/bin/env bash
# wp-test-site.sh - a real WordPress (Debian's package) on 127.0.0.1 for ModDesk's
# sync integration tests and benchmark. Trimmed from shared/wordpress/wp-peer.sh
# (no WXR export, no selfcheck; adds stop-web to take the web server down alone).
#
#   wp-test-site.sh install                  apt packages (root)
#   wp-test-site.sh start [--posts N] [--comments M] [--seed S] [--port P] [--reseed]
#   wp-test-site.sh stop-web                 stop only the PHP web server (start brings it back)
#   wp-test-site.sh status                   what runs, URL, comment counts
#   wp-test-site.sh env                      print the KEY=VALUE credentials again
#   wp-test-site.sh stop                     stop what `start` started (pid files)
#
# State lives under $WP_PEER_DIR (default /tmp/moddesk-wp). Servers: MariaDB on a
# unix socket only (skip-networking), PHP's built-in server on 127.0.0.1:$PORT
# (default 8090). `start` prints KEY=VALUE lines on stdout (progress goes to
# stderr) and writes them to $WP_PEER_DIR/credentials.env (mode 600).
# Exit code 4: the apt packages are missing and cannot be installed here.
set -euo pipefail

WP_PEER_DIR="${WP_PEER_DIR:-/tmp/moddesk-wp}"
PORT=""          # --port > $WP_PEER_PORT > port saved in $WP_PEER_DIR > 8090
PORT_CLI=""
# Corpus size: the options given, else what the last `start` seeded (kept in
# $WP_PEER_DIR/seed.params), else 20 posts / 500 comments / seed 1.
POSTS=""
COMMENTS=""
SEED=""
RESEED=0

WP_SRC=/usr/share/wordpress
APT_PACKAGES=(wordpress wordpress-theme-twentytwentyone mariadb-server mariadb-client
              php-cli php-mysql php-xml php-mbstring curl iproute2)

DOCROOT="$WP_PEER_DIR/wordpress"
DBDIR="$WP_PEER_DIR/db"
RUN="$WP_PEER_DIR/run"
LOGS="$WP_PEER_DIR/logs"
PHPDIR="$WP_PEER_DIR/php"
SOCK="$RUN/mysqld.sock"
DB_PIDFILE="$RUN/mysqld.pid"
PHP_PIDFILE="$RUN/php-server.pid"
CREDS="$WP_PEER_DIR/credentials.env"
SECRETS="$WP_PEER_DIR/secrets.env"

log() { printf '[wp-test-site] %s\n' "$*" >&2; }
die() { printf '[wp-test-site] ERROR: %s\n' "$*" >&2; exit 1; }
unavailable() { printf '[wp-test-site] UNAVAILABLE: %s\n' "$*" >&2; exit 4; }
now_ms() { date +%s%3N; }
since() { local t=$(( $(now_ms) - $1 )); printf '%d.%03ds' $((t / 1000)) $((t % 1000)); }

usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2; }

parse_start_args() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --posts) POSTS="${2:?}"; shift 2 ;;
      --comments) COMMENTS="${2:?}"; shift 2 ;;
      --seed) SEED="${2:?}"; shift 2 ;;
      --port) PORT_CLI="${2:?}"; shift 2 ;;
      --reseed) RESEED=1; shift ;;
      *) die "unknown option for start: $1" ;;
    esac
  done
  local sp="" sc="" ss=""
  if [ -s "$WP_PEER_DIR/seed.params" ]; then read -r sp sc ss < "$WP_PEER_DIR/seed.params" || true; fi
  POSTS="${POSTS:-${sp:-20}}"; COMMENTS="${COMMENTS:-${sc:-500}}"; SEED="${SEED:-${ss:-1}}"
  [[ "$POSTS" =~ ^[0-9]+$ && "$POSTS" -ge 1 ]] || die "--posts must be an integer >= 1"
  [[ "$COMMENTS" =~ ^[0-9]+$ ]] || die "--comments must be an integer >= 0"
  [[ "$SEED" =~ ^[0-9]+$ ]] || die "--seed must be an integer"
}

resolve_port() {
  if [ -n "$PORT_CLI" ]; then PORT="$PORT_CLI"
  elif [ -n "${WP_PEER_PORT:-}" ]; then PORT="$WP_PEER_PORT"
  elif [ -s "$WP_PEER_DIR/port" ]; then PORT=$(cat "$WP_PEER_DIR/port")
  else PORT=8090; fi
  [[ "$PORT" =~ ^[0-9]+$ && "$PORT" -ge 1024 && "$PORT" -le 65535 ]] || die "port must be 1024..65535 (got '$PORT')"
}

# ---------------------------------------------------------------- install ---
packages_missing() {
  local p missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  printf '%s\n' "${missing[@]}"
}

cmd_install() {
  local t0 missing
  t0=$(now_ms)
  missing=$(packages_missing)
  if [ -z "$missing" ]; then
    log "packages already installed ($(dpkg-query -W -f='${Version}' wordpress))"
    return 0
  fi
  [ "$(id -u)" -eq 0 ] || unavailable "install needs root (apt-get); missing: $(echo $missing)"
  command -v apt-get >/dev/null 2>&1 || unavailable "no apt-get here; missing: $(echo $missing)"
  # Debian's maintainer scripts would start apache2 (0.0.0.0:80) and mariadb
  # (port 3306) through invoke-rc.d; a policy-rc.d that exits 101 forbids that.
  local made_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    made_policy=1
  fi
  # shellcheck disable=SC2064
  trap "[ $made_policy = 1 ] && rm -f /usr/sbin/policy-rc.d" EXIT
  log "apt-get update"
  apt-get update -qq -o DPkg::Lock::Timeout=300 >&2 || log "apt-get update failed; trying the lists at hand"
  log "apt-get install $(echo $missing)"
  local aptlog; aptlog=$(mktemp)
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=300 --no-install-recommends \
    "${APT_PACKAGES[@]}" > "$aptlog" 2>&1 || { cat "$aptlog" >&2; rm -f "$aptlog"; unavailable "apt-get install failed"; }
  rm -f "$aptlog"
  if [ "$made_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
  trap - EXIT
  log "installed in $(since "$t0"): wordpress $(dpkg-query -W -f='${Version}' wordpress), mariadb $(dpkg-query -W -f='${Version}' mariadb-server), php $(php -r 'echo PHP_VERSION;')"
}

# ------------------------------------------------------------- php helpers ---
write_php_helpers() {
  mkdir -p "$PHPDIR"

  cat > "$PHPDIR/router.php" <<'PHP'
<?php
// Router for PHP's built-in server: existing files are served as they are
// (PHP files executed), everything else goes to WordPress' front controller,
// which is what Apache's mod_rewrite rules in .htaccess would do.
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH) ?? '/');
$root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
$file = $root . $path;
if (strpos($path, '..') === false) {
    if ($path !== '/' && is_file($file)) {
        return false;
    }
    if ($path !== '/' && is_dir($file) && is_file(rtrim($file, '/') . '/index.php')) {
        if (substr($path, -1) !== '/') {
            header('Location: ' . $path . '/' . (isset($_SERVER['QUERY_STRING']) && $_SERVER['QUERY_STRING'] !== '' ? '?' . $_SERVER['QUERY_STRING'] : ''), true, 301);
            return true;
        }
        return false;
    }
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
chdir($root);
require $root . '/index.php';
PHP

  cat > "$PHPDIR/boot.php" <<'PHP'
<?php
// Loads WordPress from the peer's docroot in PHP CLI.
if (PHP_SAPI !== 'cli') { exit(1); }
error_reporting(E_ALL & ~E_DEPRECATED & ~E_USER_DEPRECATED);
$peer_url = getenv('WP_PEER_URL');
$u = parse_url($peer_url);
$_SERVER['HTTP_HOST'] = $u['host'] . (isset($u['port']) ? ':' . $u['port'] : '');
$_SERVER['SERVER_NAME'] = $u['host'];
$_SERVER['SERVER_PORT'] = (string) ($u['port'] ?? 80);
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
define('WP_PEER_DOCROOT', getenv('WP_PEER_DOCROOT'));
function peer_kv($k, $v) { echo $k, '=', $v, "\n"; }
PHP

  cat > "$PHPDIR/install-site.php" <<'PHP'
<?php
// Installs the site once (wp_install), sets options, users and application
// passwords. Prints KEY=VALUE lines. Re-running is cheap and changes nothing
// that is already right.
require __DIR__ . '/boot.php';
define('WP_INSTALLING', true);
require WP_PEER_DOCROOT . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$admin = getenv('WP_PEER_ADMIN_USER');
$admin_pass = getenv('WP_PEER_ADMIN_PASS');
$installed_now = false;
if (!is_blog_installed()) {
    $r = wp_install('WP Peer: comment moderation test site', $admin, 'admin@example.com', false, '', wp_slash($admin_pass));
    if (empty($r['user_id'])) { fwrite(STDERR, "wp_install failed\n"); exit(1); }
    $installed_now = true;
} elseif (get_option('db_version') != $wp_db_version) {
    wp_upgrade();
}

$opts = array(
    'blogdescription' => 'Loopback-only WordPress peer for testing moderation clients',
    'timezone_string' => 'Europe/Berlin',
    'gmt_offset' => '',
    'date_format' => 'Y-m-d',
    'time_format' => 'H:i',
    'default_comment_status' => 'open',
    'require_name_email' => '1',
    'comment_registration' => '0',
    'thread_comments' => '1',
    'thread_comments_depth' => '5',
    'page_comments' => '0',
    'comments_per_page' => '50',
    'comment_order' => 'asc',
    'comment_moderation' => '0',
    'comment_previously_approved' => '1',
    'comment_max_links' => '2',
    'moderation_notify' => '0',
    'comments_notify' => '0',
    'show_avatars' => '1',
    'blog_public' => '0',
    'permalink_structure' => '/%postname%/',
);
foreach ($opts as $k => $v) {
    if (get_option($k) !== $v) { update_option($k, $v); }
}
if ($installed_now || !get_option('rewrite_rules')) {
    global $wp_rewrite;
    $wp_rewrite->init();
    $wp_rewrite->set_permalink_structure('/%postname%/');
    flush_rewrite_rules(false);
}
if (get_option('template') !== 'twentytwentyone' && wp_get_theme('twentytwentyone')->exists()) {
    switch_theme('twentytwentyone');
}

function peer_user($login, $role, $display, $email) {
    $u = get_user_by('login', $login);
    if ($u) { return $u->ID; }
    $id = wp_insert_user(array('user_login' => $login, 'user_pass' => wp_generate_password(24, false),
        'role' => $role, 'display_name' => $display, 'user_email' => $email, 'nickname' => $display));
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
    return $id;
}
$admin_user = get_user_by('login', $admin);
if (!$admin_user) { fwrite(STDERR, "admin user $admin missing\n"); exit(1); }
// Keep the admin password in step with secrets.env.
if (!wp_check_password($admin_pass, $admin_user->user_pass, $admin_user->ID)) {
    wp_set_password($admin_pass, $admin_user->ID);
}
if ($admin_user->display_name !== 'Site Admin') {
    wp_update_user(array('ID' => $admin_user->ID, 'display_name' => 'Site Admin'));
}
$editor_id = peer_user('editor', 'editor', 'Erika Editor', 'editor@example.com');
$sub_id = peer_user('subscriber', 'subscriber', 'Sam Subscriber', 'subscriber@example.com');

// Application passwords cannot be read back (stored hashed): keep the one we
// were given if it still verifies, otherwise replace ours with a new one.
function peer_app_password($user_id, $candidate) {
    $items = WP_Application_Passwords::get_user_application_passwords($user_id);
    if ($candidate !== '' && $candidate !== false) {
        $plain = preg_replace('/[^a-z\d]/i', '', $candidate);
        foreach ($items as $item) {
            if ($item['name'] === 'wp-peer' && wp_check_password($plain, $item['password'], $user_id)) {
                return $plain;
            }
        }
    }
    foreach ($items as $item) {
        if ($item['name'] === 'wp-peer') {
            WP_Application_Passwords::delete_application_password($user_id, $item['uuid']);
        }
    }
    $r = WP_Application_Passwords::create_new_application_password($user_id, array('name' => 'wp-peer'));
    if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message() . "\n"); exit(1); }
    return $r[0];
}
peer_kv('WP_APP_PASSWORD', peer_app_password($admin_user->ID, (string) getenv('WP_PEER_OLD_APP_PASS')));
peer_kv('WP_SUBSCRIBER_APP_PASSWORD', peer_app_password($sub_id, (string) getenv('WP_PEER_OLD_SUB_APP_PASS')));
peer_kv('WP_INSTALLED_NOW', $installed_now ? '1' : '0');
PHP

  cat > "$PHPDIR/seed.php" <<'PHP'
<?php
// Seeds N posts, one page and M comments. Deterministic for a given
// (posts, comments, seed, WP_PEER_ANCHOR). Posts go through wp_insert_post().
// Comments go through WordPress' own comment input filters (the pre_comment_*
// filters that wp_filter_comment() applies: kses, URL and email sanitising),
// except the few marked with comment meta wp_peer_unfiltered=1, and are then
// written with batched multi-row INSERTs (wp_insert_comment() one by one is
// far too slow for 100k); comment counts are recomputed afterwards the way
// wp_update_comment_count_now() does, and the last post is trashed with
// wp_trash_post(), which turns its comments into 'post-trashed'.
require __DIR__ . '/boot.php';
require WP_PEER_DOCROOT . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/post.php';

$N = (int) getenv('WP_PEER_POSTS');
$M = (int) getenv('WP_PEER_COMMENTS');
$SEED = (int) getenv('WP_PEER_SEED');
$force = getenv('WP_PEER_RESEED') === '1';
$ANCHOR = (int) (getenv('WP_PEER_ANCHOR') ?: strtotime('2026-01-01 00:00:00 UTC'));
$want = "posts=$N comments=$M seed=$SEED anchor=$ANCHOR v=6";

global $wpdb;
$wpdb->suppress_errors(false);
$wpdb->show_errors(false);

// WP_COUNT_*: rows of every type (what the database and a WXR file hold,
// except that WXR leaves spam out). WP_REST_TOTAL_*: comment_type 'comment'
// only, which is what X-WP-Total reports for /wp/v2/comments?status=...
// (the REST default is type=comment; pingbacks/trackbacks need &type=).
function peer_counts() {
    global $wpdb;
    $names = array('1' => 'APPROVED', '0' => 'HOLD', 'spam' => 'SPAM', 'trash' => 'TRASH', 'post-trashed' => 'POST_TRASHED');
    $all = array_fill_keys(array_values($names), 0);
    $rest = $all;
    foreach ($wpdb->get_results("SELECT comment_approved s, comment_type t, COUNT(*) n FROM $wpdb->comments GROUP BY comment_approved, comment_type") as $r) {
        $k = $names[$r->s] ?? strtoupper(preg_replace('/\W+/', '_', $r->s));
        $all[$k] = ($all[$k] ?? 0) + (int) $r->n;
        if ($r->t === 'comment') { $rest[$k] = ($rest[$k] ?? 0) + (int) $r->n; }
    }
    foreach ($all as $k => $n) { peer_kv('WP_COUNT_' . $k, $n); }
    peer_kv('WP_COUNT_COMMENTS', array_sum($all));
    peer_kv('WP_COUNT_PINGS', array_sum($all) - array_sum($rest));
    foreach ($rest as $k => $n) { peer_kv('WP_REST_TOTAL_' . $k, $n); }
    peer_kv('WP_COUNT_POSTS', (int) $wpdb->get_var("SELECT COUNT(*) FROM $wpdb->posts WHERE post_type='post'"));
    peer_kv('WP_COUNT_PAGES', (int) $wpdb->get_var("SELECT COUNT(*) FROM $wpdb->posts WHERE post_type='page'"));
}

if (!$force && get_option('wp_peer_seed') === $want) {
    peer_kv('WP_SEEDED_NOW', 0);
    peer_counts();
    exit(0);
}

$t0 = microtime(true);
mt_srand($SEED);
function r01() { return mt_rand() / mt_getrandmax(); }
function pick(array $a) { return $a[mt_rand(0, count($a) - 1)]; }
function chance($p) { return r01() < $p; }
function wpick(array $weights) { // key => weight
    $x = r01() * array_sum($weights);
    foreach ($weights as $k => $w) { if (($x -= $w) < 0) { return $k; } }
    return array_key_last($weights);
}

// ---- wipe content (users, options and the app passwords stay) -------------
foreach (array($wpdb->comments, $wpdb->commentmeta, $wpdb->posts, $wpdb->postmeta, $wpdb->term_relationships) as $t) {
    $wpdb->query("TRUNCATE TABLE $t");
}
$wpdb->query("UPDATE $wpdb->term_taxonomy SET count = 0");
update_option('page_for_privacy_policy', 0);
update_option('sticky_posts', array());
delete_option('wp_peer_seed');
wp_cache_flush();

$admin_id = (int) get_user_by('login', getenv('WP_PEER_ADMIN_USER'))->ID;
$editor_id = (int) get_user_by('login', 'editor')->ID;
$tz = wp_timezone();
function local_date($ts) { global $tz; return (new DateTime('@' . $ts))->setTimezone($tz)->format('Y-m-d H:i:s'); }
function gmt_date($ts) { return gmdate('Y-m-d H:i:s', $ts); }

// ---- posts ----------------------------------------------------------------
$cat_ids = array(1);
foreach (array('Gardening' => 'gardening', 'Technik' => 'technik', 'Новости' => 'novosti', '여행' => 'travel', 'Recipes & Food' => 'recipes') as $name => $slug) {
    $t = term_exists($slug, 'category');
    if (!$t) { $t = wp_insert_term($name, 'category', array('slug' => $slug)); }
    $cat_ids[] = (int) $t['term_id'];
}
$title_parts = array(
    array('How to', 'Why you should', 'Ten ways to', 'Notes on', 'A beginner\'s guide to', 'Как', 'Почему', '어떻게', 'Über das', 'Stop trying to'),
    array('grow tomatoes', 'debug PHP', 'write better comments', 'moderate a busy blog', 'bake sourdough', 'варить борщ', '서울 여행하기', 'Kaffee kochen', 'survive "Reply All"', 'fix <br> tags & entities', 'love emoji 🎉', 'deal with spam'),
    array('', ' in 2025', ' (part 2)', ' — a retrospective', ': the long version', ' without tears', ' ✔', ' [updated]'),
);
$para = array(
    'Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.',
    'This post exists so that a comment moderation client has something realistic to chew on: threads, spam, pending replies and odd characters.',
    'Съешь же ещё этих мягких французских булок, да выпей чаю.',
    '다람쥐 헌 쳇바퀴에 타고파. 키스의 고유조건은 입술끼리 만나야 하고 특별한 기술은 필요치 않다.',
    'Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich.',
    'Here is <strong>some bold text</strong>, an <em>emphasis</em> and a <a href="https://example.org/docs">link to the docs</a>.',
    '<blockquote>Quoting is a cornerstone of blog comment culture.</blockquote>',
    'Code sample: <code>if ($a &lt; $b) { echo "&amp;"; }</code>',
);
$posts = array();     // index => array(id, ts)
wp_defer_term_counting(true);
wp_suspend_cache_invalidation(true);
$span = 730 * DAY_IN_SECONDS;
for ($i = 0; $i < $N; $i++) {
    $ts = $ANCHOR - $span + (int) (($i + r01() * 0.5) * ($span - 30 * DAY_IN_SECONDS) / max(1, $N));
    $title = pick($title_parts[0]) . ' ' . pick($title_parts[1]) . pick($title_parts[2]) . ' #' . ($i + 1);
    $body = array();
    $np = mt_rand(2, 6);
    for ($k = 0; $k < $np; $k++) { $body[] = '<!-- wp:paragraph --><p>' . pick($para) . '</p><!-- /wp:paragraph -->'; }
    $id = wp_insert_post(wp_slash(array(
        'post_title' => $title,
        'post_name' => 'post-' . ($i + 1),
        'post_content' => implode("\n\n", $body),
        'post_status' => 'publish',
        'post_type' => 'post',
        'post_author' => ($i % 3 === 2) ? $editor_id : $admin_id,
        'post_date' => local_date($ts),
        'post_date_gmt' => gmt_date($ts),
        'comment_status' => ($N >= 3 && $i === 1) ? 'closed' : 'open',
        'ping_status' => 'open',
        'post_category' => array(pick($cat_ids)),
    )), true);
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
    $posts[] = array($id, $ts);
}
$page_ts = $ANCHOR - $span - DAY_IN_SECONDS;
$page_id = wp_insert_post(wp_slash(array(
    'post_title' => 'About this test site', 'post_name' => 'about', 'post_type' => 'page',
    'post_status' => 'publish', 'post_author' => $admin_id, 'comment_status' => 'open',
    'post_content' => '<!-- wp:paragraph --><p>A loopback-only WordPress used as a peer for testing comment moderation tools.</p><!-- /wp:paragraph -->',
    'post_date' => local_date($page_ts), 'post_date_gmt' => gmt_date($page_ts),
)), true);
wp_suspend_cache_invalidation(false);
wp_defer_term_counting(false);
$targets = $posts;
$targets[] = array($page_id, $page_ts);
// Zipf-like popularity: a few busy posts, a long tail.
$cum = array(); $acc = 0.0;
foreach ($targets as $k => $t) { $acc += 1.0 / pow($k + 1, 0.8); $cum[] = $acc; }
function pick_target() {
    global $cum, $acc;
    $x = r01() * $acc; $lo = 0; $hi = count($cum) - 1;
    while ($lo < $hi) { $mid = ($lo + $hi) >> 1; if ($cum[$mid] > $x) { $hi = $mid; } else { $lo = $mid + 1; } }
    return $lo;
}
$t_posts = microtime(true);

// ---- comment material -------------------------------------------------------
$names = array(
    'John Smith', 'María García', 'Jürgen Müller', "Zoë O'Brien", 'François Dupont', 'Søren Kjær', 'Ana-Lucía Pérez',
    'Mike "The Mic" Jones', 'jdoe42', 'Tom & Jerry Fan', 'Priya Raman', 'Chen Wei', 'Fatima Zahra', 'Ólafur Arnalds',
    'Иван Петров', 'Ольга Смирнова', 'Дмитрий', 'Наталья К.', '김민준', '이서연', '박지훈', '王伟', '佐藤健',
    'محمد علي', 'דוד כהן', 'Pixel 🦄', 'Łukasz Żółć', 'Nguyễn Văn An', 'Αλέξανδρος', 'bob', 'A. Nonymous',
    'x', 'A very long display name that somebody typed into the name field because they could',
);
$spam_names = array('Cheap Meds Online', 'Best SEO Services', 'casino online', 'Buy Followers Fast', 'payday loans uk',
    'Replica Watches', 'crypto-doubler', '🔥 Hot Deals 🔥', 'Смотреть фильмы онлайн', '카지노 사이트', 'Essay Writer');
$domains = array('example.com', 'example.org', 'example.net', 'mail.example', 'test.example');
$urls = array('https://example.com/~%s', 'http://www.example.org/blog/', 'https://%s.example.net', 'https://example.com/people/%s/',
    'http://xn--80ak6aa92e.example/', 'https://example.org/a/very/long/path/that/keeps/going/and/going/index.html',
    'https://example.org/%%D0%%BF%%D1%%83%%D1%%82%%D1%%8C/', 'https://blog.example/2024/05/hello-world/');
$spam_urls = array('https://cheap-meds.example/buy', 'http://seo-rank.example/', 'https://casino.example/bonus',
    'http://followers.example/', 'https://loans.example/apply', 'http://replica.example/watches', 'https://crypto.example/x2');
$agents = array(
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
    'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
    'curl/8.5.0', 'python-requests/2.31.0', '',
);
$sent = array(
    'Great post, thanks for sharing!', 'I disagree with the second point, but the rest is spot on.',
    'Has anyone tried this on a Raspberry Pi?', 'This saved me hours of work.', 'Could you elaborate on the last paragraph?',
    'I have been reading this blog for years and this is one of the best articles.', 'Typo in the third sentence: "teh".',
    'What about performance on large sites?', 'Thanks! Bookmarked.', "Doesn't work for me on PHP 8.2 :(",
    'Fun fact: the original idea dates back to 2004.', 'My grandmother used to say the same thing.',
    'Why not just use a cron job?', 'Agreed 100%.', 'Interesting, but where are the sources?', 'Lol.',
    'Is there a follow-up planned?', 'I tried it & it worked, but only after a restart.', 'Use 2 < 3 and 5 > 4 carefully.',
    'The "quotes" and \'apostrophes\' should survive.', 'Line one.' . "\n" . 'Line two, same paragraph.',
);
$sent_i18n = array(
    'Спасибо за статью! Очень полезно.', 'Не согласен с автором, но написано хорошо.', 'А где можно скачать исходники?',
    '좋은 글 감사합니다!', '저도 같은 문제가 있었어요. 해결 방법을 찾았나요?', '정말 유익한 정보네요 👍',
    'とても参考になりました。ありがとうございます。', '这篇文章写得很好，谢谢分享！', 'شكرا جزيلا على هذا المقال الرائع',
    'תודה רבה, מאמר מעולה!', 'Danke für den Artikel, sehr hilfreich!', 'Merci beaucoup, c’est très intéressant.',
    'Ελληνικά: ευχαριστώ πολύ!', 'Tiếng Việt có dấu: cảm ơn bạn rất nhiều!', 'Zażółć gęślą jaźń.',
    "e\u{0301} vs é (combining vs precomposed)", "zero\u{200B}width\u{200D}joiner and\u{00A0}nbsp",
);
$emoji = array('👍', '😂', '🎉', '❤️', '🔥', '🙏', '🤔', '😭', '🇺🇦', '🇰🇷', '👨‍👩‍👧‍👦', '👋🏽', '🏳️‍🌈', '💯', '🦄', '𝕳𝖊𝖑𝖑𝖔');
$spam_sent = array('Buy cheap pills online without prescription!!!', 'Best SEO service, rank #1 on Google in 7 days.',
    'Earn $5000 per week working from home.', 'Hot singles in your area.', 'Double your bitcoin instantly, guaranteed.',
    'Nice blog! Check out my site for more info.', 'Заработок в интернете без вложений!', '최고의 카지노 사이트 바로가기',
    'Visit my website for free gifts.', 'I like your blog very much, please visit mine too.');
$html_bits = array(
    '<strong>Strongly</strong> agree.', 'This is <em>really</em> important.', '<b>bold</b>, <i>italic</i>, <del>deleted</del>, <s>struck</s>',
    '<blockquote cite="https://example.org/">Somebody said this before.</blockquote>Indeed.', 'Use <code>wp_insert_comment()</code> for that.',
    'See <a href="https://example.org/docs/comments" title="Docs">the docs</a> for details.', '<q>Quoted inline</q> and <cite>a citation</cite>.',
    '<abbr title="HyperText Markup Language">HTML</abbr> in comments is limited.', '<ul><li>lists are not allowed</li></ul>',
    '<p style="color:red">styled paragraph</p>', '<span class="x">span</span> and <div>div</div>',
);

function slugname($n) {
    $s = strtolower(preg_replace('/[^A-Za-z0-9]+/', '.', remove_accents($n)));
    $s = trim($s, '.');
    return $s !== '' ? $s : 'user' . mt_rand(1, 9999);
}
function ip() {
    switch (mt_rand(0, 5)) {
        case 0: return '192.0.2.' . mt_rand(1, 254);
        case 1: return '198.51.100.' . mt_rand(1, 254);
        case 2: return '203.0.113.' . mt_rand(1, 254);
        case 3: return sprintf('2001:db8:%x:%x::%x', mt_rand(0, 65535), mt_rand(0, 65535), mt_rand(1, 65535));
        case 4: return '2001:db8::' . dechex(mt_rand(1, 65535));
        default: return '127.0.0.' . mt_rand(1, 10);
    }
}
function links($n) {
    global $spam_urls;
    $out = array();
    for ($i = 0; $i < $n; $i++) {
        $u = pick($spam_urls) . '/' . mt_rand(100, 999);
        $out[] = chance(0.5) ? '<a href="' . $u . '">' . pick(array('click here', 'best price', 'cheap', 'visit', 'more', 'подробнее')) . '</a>' : $u;
    }
    return implode(chance(0.5) ? ' ' : "\n", $out);
}
function normal_content() {
    global $sent, $sent_i18n, $emoji, $html_bits;
    $kind = wpick(array('plain' => 50, 'i18n' => 16, 'emoji' => 8, 'html' => 12, 'long' => 3, 'short' => 6, 'links' => 3, 'edge' => 2));
    switch ($kind) {
        case 'i18n': $s = pick($sent_i18n); if (chance(0.3)) { $s .= ' ' . pick($emoji); } return $s;
        case 'emoji': return pick($sent) . ' ' . pick($emoji) . pick($emoji) . (chance(0.3) ? "\n\n" . pick($sent_i18n) : '');
        case 'html': return pick($sent) . ' ' . pick($html_bits) . (chance(0.3) ? "\n\n" . pick($html_bits) : '');
        case 'long':
            $p = array();
            for ($i = mt_rand(5, 15); $i > 0; $i--) {
                $q = array(); for ($j = mt_rand(3, 8); $j > 0; $j--) { $q[] = pick($sent); }
                $p[] = implode(' ', $q);
            }
            return implode("\n\n", $p);
        case 'short': return pick(array('+1', '👍', 'First!', 'ok', 'Nice', '!!!', '?', 'ㅋㅋㅋ', 'Да.'));
        case 'links': return pick($sent) . ' Related: https://example.org/related/' . mt_rand(1, 99) . ' and <a href="https://example.com/more">more here</a>.';
        case 'edge': return pick(array(
            'A CDATA terminator ]]> inside a comment, and another ]]]]>< one.',
            'Entities: &amp; &lt; &gt; &quot; &#8217; &hellip; and a bare & ampersand.',
            '[gallery ids="1,2,3"] shortcode-looking text [/gallery]',
            "Tabs\tand trailing spaces   \nand Windows line endings\r\nhere.",
            '<!-- an HTML comment --> visible text',
            'Math: 1 < 2 > 0 and a <3 heart.',
        ));
        default:
            $a = array(); for ($i = mt_rand(1, 4); $i > 0; $i--) { $a[] = pick($sent); }
            return implode(chance(0.2) ? "\n\n" : ' ', $a);
    }
}
function spam_content() {
    global $spam_sent;
    $s = pick($spam_sent);
    $n = wpick(array(1 => 30, 3 => 30, 8 => 25, 25 => 15));
    return $s . "\n" . links(mt_rand(max(1, $n - 2), $n)) . (chance(0.3) ? ' ' . pick($spam_sent) : '');
}
// Stored as-is, bypassing WordPress' filters (as an importer or a plugin
// could): hostile markup that a client must not render blindly.
$hostile = array(
    'Nice post <script>alert("xss")</script>',
    '<img src="x" onerror="alert(1)"> broken image',
    '<a href="javascript:alert(document.cookie)">click me</a>',
    '<iframe src="https://example.com/evil" width="1" height="1"></iframe>hidden iframe',
    '<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:red">overlay</div>',
    "Unclosed <b>bold and <i>italic",
);

// What wp_filter_comment() does (the same pre_comment_* filters, field by
// field), memoised per distinct value: the filters are pure functions of
// their input here, and names, agents and many contents repeat. Halves the
// time of large seeds.
function peer_filter_comment(array $c) {
    static $memo = array();
    $c['user_id'] = apply_filters('pre_user_id', $c['user_id']);
    foreach (array('comment_agent' => 'pre_comment_user_agent', 'comment_author' => 'pre_comment_author_name',
        'comment_content' => 'pre_comment_content', 'comment_author_IP' => 'pre_comment_user_ip',
        'comment_author_url' => 'pre_comment_author_url', 'comment_author_email' => 'pre_comment_author_email') as $k => $f) {
        $v = wp_slash($c[$k]);
        if (!isset($memo[$f][$v])) {
            if (isset($memo[$f]) && count($memo[$f]) > 200000) { $memo[$f] = array(); }
            $memo[$f][$v] = wp_unslash(apply_filters($f, $v));
        }
        $c[$k] = $memo[$f][$v];
    }
    return $c;
}

// Fixed edge cases (comment IDs 1.., on post 1), so that even a small corpus
// holds each of them in an exported status; README.md lists them.
$fixtures = array(
    // kses turns a lone '>' into &gt;, so only unfiltered content (an admin's
    // unfiltered_html, an importer) can hold ']]>': stored raw, like 2 and 12.
    /* 1 */ array('status' => '0', 'author' => 'Carla CDATA', 'email' => 'carla@example.com', 'raw' => true,
        'content' => 'Edge case: a CDATA terminator ]]> inside the text, and ]]]]>< once more.'),
    /* 2 */ array('status' => '0', 'author' => 'Xavier Script', 'email' => 'xavier@example.net', 'url' => 'https://example.net/', 'raw' => true,
        'content' => 'Nice post <script>alert("xss")</script><img src="x" onerror="alert(1)"> <a href="javascript:alert(document.cookie)">click</a> <iframe src="https://example.com/evil"></iframe>'),
    /* 3 */ array('status' => '0', 'author' => 'Иван Петров', 'email' => 'ivan.petrov@example.com',
        'content' => 'Спасибо за статью! Очень полезно. Не согласен только с последним абзацем.'),
    /* 4 */ array('status' => '0', 'author' => '김민준', 'email' => 'minjun@example.org', 'url' => 'https://example.org/~minjun',
        'content' => '좋은 글 감사합니다! 저도 같은 문제가 있었어요. 해결 방법을 찾았나요?'),
    /* 5 */ array('status' => '0', 'author' => 'Pixel 🦄', 'email' => 'pixel@example.com',
        'content' => "Emoji: 👍😂🎉 family 👨‍👩‍👧‍👦 flag 🇺🇦 skin tone 👋🏽 rainbow 🏳️‍🌈 math 𝕳𝖊𝖑𝖑𝖔 and e\u{0301} (combining)"),
    /* 6 */ array('status' => '0', 'author' => 'Best SEO Services', 'email' => 'seo@example.net', 'url' => 'http://seo-rank.example/',
        'content' => "Cheap backlinks!!!\n" . implode("\n", array_map(function ($k) { return ($k % 2 ? '<a href="https://seo-rank.example/p/' . $k . '">rank #' . $k . '</a>' : 'https://cheap-meds.example/buy/' . $k); }, range(1, 25)))),
    /* 7 */ array('status' => '1', 'author' => 'Hannah HTML', 'email' => 'hannah@example.com', 'url' => 'https://example.com/hannah/',
        'content' => '<strong>Bold</strong>, <em>em</em>, <a href="https://example.org/docs" title="Docs">a link</a>, <blockquote>a quote</blockquote> <code>code()</code>, <del>del</del>; and a <span style="color:red">span</span> and <ul><li>list</li></ul> that kses strips.'),
    /* 8 */ array('status' => '1', 'author' => 'Thread Starter', 'email' => 'starter@example.com',
        'content' => 'Thread root (approved). Replies below: 9 (pending), 10 (pending, reply to 9), 11 (admin, approved).'),
    /* 9 */ array('status' => '0', 'author' => 'First Reply', 'email' => 'first@example.com', 'parent' => 8, 'depth' => 1,
        'content' => 'Reply to comment 8, still pending.'),
    /* 10 */ array('status' => '0', 'author' => 'Second Reply', 'email' => 'second@example.com', 'parent' => 9, 'depth' => 2,
        'content' => 'Reply to the pending comment 9, also pending.'),
    /* 11 */ array('status' => '1', 'user' => 'admin', 'parent' => 8, 'depth' => 1,
        'content' => 'Thanks, glad you liked it! (reply by the site admin, a registered user)'),
    /* 12 */ array('status' => 'trash', 'author' => 'Trashed Troll', 'email' => 'troll@example.net', 'raw' => true,
        'content' => '<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:red">overlay</div> Unclosed <b>bold and <i>italic'),
    /* 13 */ array('status' => 'spam', 'author' => 'casino online', 'email' => 'casino@example.net', 'url' => 'https://casino.example/bonus',
        'content' => 'Spam: present in the database and the REST API (status=spam), never in a WXR export.'),
    /* 14 */ array('status' => '0', 'type' => 'pingback', 'author' => 'Tech Notes » Links of the week', 'url' => 'https://notes.example/2025/05/links/',
        'agent' => 'WordPress/6.4; https://notes.example', 'content' => '[&#8230;] a pending pingback [&#8230;]'),
    /* 15 */ array('status' => '1', 'type' => 'trackback', 'author' => 'Кулинарный блог', 'url' => 'https://recipes.example/2025/06/borscht/',
        'agent' => 'WordPress/6.2; https://recipes.example', 'content' => '[&#8230;] an approved trackback [&#8230;]'),
    /* 16 */ array('status' => '0', 'author' => '', 'email' => '', 'url' => '', 'agent' => '',
        'content' => 'No name, no email, no URL, no user agent.'),
    /* 17 */ array('status' => '0', 'author' => 'Tom & Jerry <b>Fan</b>', 'email' => 'TOM.Jerry+blog@Example.COM', 'url' => 'https://example.com/?a=1&b=2',
        'content' => 'Plain text with & ampersand, "double" and \'single\' quotes, 1 < 2 and 3 > 2, <3 (kses eats that).'),
    /* 18 */ array('status' => '0', 'author' => 'Long Writer', 'email' => 'long@example.org',
        'content' => implode("\n\n", array_fill(0, 30, 'This is a long comment paragraph that goes on for a while, so that a client has to wrap, truncate or scroll it properly.'))),
    /* 19 */ array('status' => '0', 'author' => 'دانا / דנה', 'email' => 'dana@example.com',
        'content' => 'Mixed direction: שלום עולם and مرحبا بالعالم inside an English sentence, with a number 123.'),
    /* 20 */ array('status' => '1', 'author' => 'Line Breaker', 'email' => 'lines@example.com',
        'content' => "First line\nsecond line (single newline)\n\nNew paragraph after a blank line.\r\nWindows line ending.\tTab."),
);
if ($N < 1) { $fixtures = array(); }

// ---- comments ---------------------------------------------------------------
$status_w = array('1' => 55, '0' => 25, 'spam' => 13, 'trash' => 7);
$now = $ANCHOR;
$by_target = array();   // target index => list of array(id, depth, ts, status)
$rows = array();
$meta = array();        // array(comment_id, key, value)
$cols = '(comment_ID, comment_post_ID, comment_author, comment_author_email, comment_author_url, comment_author_IP, comment_date, comment_date_gmt, comment_content, comment_karma, comment_approved, comment_agent, comment_type, comment_parent, user_id)';
$inserted = 0; $buf = array(); $buflen = 0;
$flush = function () use (&$buf, &$buflen, &$inserted, $wpdb, $cols) {
    if (!$buf) { return; }
    $wpdb->check_current_query = false; // rows are valid UTF-8 already; skip wpdb's per-query charset scan
    if ($wpdb->query("INSERT INTO $wpdb->comments $cols VALUES " . implode(',', $buf)) === false) {
        fwrite(STDERR, 'INSERT failed: ' . $wpdb->last_error . "\n"); exit(1);
    }
    $inserted += count($buf); $buf = array(); $buflen = 0;
};
$q = function ($v) { return "'" . esc_sql((string) $v) . "'"; };
$site_users = array($admin_id => get_userdata($admin_id), $editor_id => get_userdata($editor_id));

$wpdb->query('START TRANSACTION');
for ($i = 1; $i <= $M; $i++) {
    $fx = $fixtures[$i - 1] ?? null;
    if ($fx) {
        // Fixed edge cases first: comment IDs 1..count($fixtures), on post 1.
        $ti = 0;
        list($post_id, $post_ts) = $targets[0];
        $status = $fx['status'];
        $type = $fx['type'] ?? 'comment';
        $parent = $fx['parent'] ?? 0;
        $depth = $fx['depth'] ?? 0;
        $raw = !empty($fx['raw']);
        $ts = $post_ts + 3600 * $i;
        $user_id = 0;
        if (isset($fx['user'])) {
            $user_id = $fx['user'] === 'admin' ? $admin_id : $editor_id;
            $author = $site_users[$user_id]->display_name; $email = $site_users[$user_id]->user_email; $url = '';
        } else {
            $author = $fx['author']; $email = $fx['email'] ?? ''; $url = $fx['url'] ?? '';
        }
        $content = $fx['content'];
        $agent = $fx['agent'] ?? $agents[0];
    } else {
        $ti = pick_target();
        list($post_id, $post_ts) = $targets[$ti];
        $status = wpick($status_w);
        $type = 'comment';
        $parent = 0; $depth = 0; $base = $post_ts;
        $user_id = 0; $raw = false;
        $r = r01();
        if ($status !== 'spam' && $r < 0.02) { $type = 'pingback'; }
        elseif ($status !== 'spam' && $r < 0.03) { $type = 'trackback'; }

        if ($type === 'comment' && $status !== 'spam' && !empty($by_target[$ti]) && chance(0.35)) {
            // Index in place: a copy of the list would be separated (copied) on
            // the next append, which made seeding quadratic.
            $nc = count($by_target[$ti]);
            $p = $by_target[$ti][mt_rand(max(0, $nc - 40), $nc - 1)];
            if ($p[1] < 6) { $parent = $p[0]; $depth = $p[1] + 1; $base = $p[2]; }
        }
        $gap = $parent ? (int) (-log(max(1e-9, r01())) * 0.6 * DAY_IN_SECONDS) : (int) (-log(max(1e-9, r01())) * 12 * DAY_IN_SECONDS);
        $ts = min($now - mt_rand(0, 3600), $base + 60 + $gap);
        if ($ts <= $base) { $ts = $base + 60; }

        if ($type !== 'comment') {
            $blog = pick(array('Gardening Weekly', 'Кулинарный блог', '개발 블로그', 'Tech Notes', 'Random Thoughts'));
            $author = $blog . ' » ' . pick(array('Roundup', 'Links of the week', 'Re: your post', 'Ссылки недели'));
            $email = ''; $url = 'https://' . pick(array('gardening', 'recipes', 'dev', 'notes', 'random')) . '.example/' . gmdate('Y/m', $ts) . '/post-' . mt_rand(1, 500) . '/';
            $content = '[&#8230;] ' . pick($sent) . ' [&#8230;]';
            $agent = 'WordPress/6.' . mt_rand(0, 4) . '; ' . $url;
        } elseif ($status !== 'spam' && chance(0.05)) {
            $user_id = chance(0.6) ? $admin_id : $editor_id;
            $u = $site_users[$user_id];
            $author = $u->display_name; $email = $u->user_email; $url = '';
            $content = $parent ? pick(array('Thanks for the feedback!', 'Good point, I will update the post.', 'Fixed, thanks!', 'Спасибо!', '감사합니다!', 'See the follow-up post.')) : normal_content();
            $agent = pick($agents);
            if ($status === '0') { $status = '1'; }
        } elseif ($status === 'spam' || ($status === 'trash' && chance(0.5)) || ($status === '0' && chance(0.1))) {
            $author = pick($spam_names);
            $email = chance(0.9) ? slugname($author) . mt_rand(1, 999) . '@' . pick($domains) : '';
            $url = chance(0.8) ? pick($spam_urls) : '';
            $content = spam_content();
            $agent = pick($agents);
            $raw = chance(0.04);
        } else {
            $author = pick($names);
            $slug = slugname($author);
            $email = chance(0.95) ? (chance(0.1) ? strtoupper($slug) : $slug) . (chance(0.2) ? '+blog' : '') . '@' . pick($domains) : '';
            $url = chance(0.35) ? sprintf(pick($urls), $slug) : '';
            $content = normal_content();
            $agent = pick($agents);
            $raw = ($status === '0' || $status === 'trash') && chance(0.01);
        }
        if ($raw) {
            $content = pick($hostile) . ' ' . $content;
        }
    }
    $c = array(
        'comment_post_ID' => $post_id, 'comment_author' => $author, 'comment_author_email' => $email,
        'comment_author_url' => $url, 'comment_author_IP' => ip(), 'comment_content' => $content,
        'comment_agent' => $agent, 'comment_type' => $type, 'comment_parent' => $parent, 'user_id' => $user_id,
    );
    if (!$raw) {
        // WordPress' real input sanitising (kses for unprivileged users etc.).
        $c = peer_filter_comment($c);
        if (trim($c['comment_content']) === '') { $c['comment_content'] = pick($sent); }
    } else {
        $meta[] = array($i, 'wp_peer_unfiltered', '1');
    }
    if ($status === 'spam' || $status === 'trash') {
        $meta[] = array($i, '_wp_trash_meta_status', chance(0.8) ? '0' : '1');
        $meta[] = array($i, '_wp_trash_meta_time', (string) min($now, $ts + mt_rand(60, 5 * DAY_IN_SECONDS)));
    }
    $row = '(' . $i . ',' . (int) $post_id . ',' . $q($c['comment_author']) . ',' . $q($c['comment_author_email']) . ','
        . $q($c['comment_author_url']) . ',' . $q($c['comment_author_IP']) . ',' . $q(local_date($ts)) . ',' . $q(gmt_date($ts)) . ','
        . $q($c['comment_content']) . ',0,' . $q($status) . ',' . $q($c['comment_agent']) . ',' . $q($c['comment_type']) . ','
        . (int) $parent . ',' . (int) $user_id . ')';
    $buf[] = $row; $buflen += strlen($row);
    if ($type === 'comment' && $status !== 'spam') {
        $by_target[$ti][] = array($i, $depth, $ts, $status);
    }
    if (count($buf) >= 1000 || $buflen > 4000000) { $flush(); }
}
$flush();
foreach (array_chunk($meta, 2000) as $chunk) {
    $vals = array();
    foreach ($chunk as $m) { $vals[] = '(' . (int) $m[0] . ',' . $q($m[1]) . ',' . $q($m[2]) . ')'; }
    $wpdb->check_current_query = false;
    $wpdb->query("INSERT INTO $wpdb->commentmeta (comment_id, meta_key, meta_value) VALUES " . implode(',', $vals));
}
$wpdb->query('COMMIT');
$t_comments = microtime(true);

// Same count wp_update_comment_count_now() computes (approved comments only).
$wpdb->query("UPDATE $wpdb->posts p SET comment_count = (SELECT COUNT(*) FROM $wpdb->comments c WHERE c.comment_post_ID = p.ID AND c.comment_approved = '1')");
// Trash the last post with WordPress' own function: its comments become 'post-trashed'.
if ($N >= 3) {
    $trashed = $posts[$N - 1][0];
    wp_trash_post($trashed);
    // Pin the trash time to the anchor, so that the same parameters give the
    // same export (apart from its own timestamp).
    $trash_ts = $ANCHOR - DAY_IN_SECONDS;
    $wpdb->update($wpdb->posts, array('post_modified' => local_date($trash_ts), 'post_modified_gmt' => gmt_date($trash_ts)), array('ID' => $trashed));
    update_post_meta($trashed, '_wp_trash_meta_time', $trash_ts);
}
wp_cache_flush();
update_option('wp_peer_seed', $want);
$t_end = microtime(true);
fprintf(STDERR, "[wp-peer] seeded %d posts in %.2fs, %d comments in %.2fs (total %.2fs)\n",
    $N + 1, $t_posts - $t0, $inserted, $t_comments - $t_posts, $t_end - $t0);
peer_kv('WP_SEEDED_NOW', 1);
peer_counts();
PHP

}

# ------------------------------------------------------------------- state ---
# pid_alive FILE [NAME]: the pid in FILE runs (and, given NAME, its command
# line mentions NAME, so that a recycled pid is never taken for ours).
pid_alive() {
  local f="$1" want="${2:-}" pid
  [ -s "$f" ] && pid=$(cat "$f") && [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  [ -z "$want" ] || tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$want"
}
DBROOT=(-u"$(id -un)")   # mariadb-install-db gives this OS user unix_socket access
db_ping() { mariadb-admin --no-defaults --socket="$SOCK" "${DBROOT[@]}" ping >/dev/null 2>&1; }
db_up() { pid_alive "$DB_PIDFILE" mariadbd && db_ping; }
php_up() { pid_alive "$PHP_PIDFILE" "$PHPDIR/router.php"; }
url() { echo "http://127.0.0.1:$PORT"; }

gen_secret() { # alphanumeric; no early-closing pipe (pipefail would see SIGPIPE)
  local s; s=$(head -c 120 /dev/urandom | base64 -w0 | LC_ALL=C tr -dc 'A-Za-z0-9'); printf '%s' "${s:0:${1:-24}}"
}

load_secrets() {
  mkdir -p "$WP_PEER_DIR"
  if [ ! -s "$SECRETS" ]; then
    ( umask 077
      { echo "DB_NAME=wordpress"
        echo "DB_USER=wp"
        echo "DB_PASSWORD=$(gen_secret 24)"
        echo "WP_ADMIN_USER=admin"
        echo "WP_ADMIN_PASSWORD=$(gen_secret 20)"
      } > "$SECRETS.tmp" && mv "$SECRETS.tmp" "$SECRETS" )
  fi
  # shellcheck disable=SC1090
  . "$SECRETS"
}

php_env() {
  export WP_PEER_URL="$(url)" WP_PEER_DOCROOT="$DOCROOT" WP_PEER_ADMIN_USER="$WP_ADMIN_USER"
}

make_docroot() {
  local ver; ver=$(dpkg-query -W -f='${Version}' wordpress)
  if [ -f "$DOCROOT/.wp-peer-version" ] && [ "$(cat "$DOCROOT/.wp-peer-version")" = "$ver" ]; then
    return 0
  fi
  log "building docroot $DOCROOT from $WP_SRC (wordpress $ver)"
  rm -rf "$DOCROOT"
  mkdir -p "$DOCROOT"
  # Hard links where possible (same filesystem): instant and no extra space.
  # WordPress finds wp-config.php next to wp-load.php, so the docroot needs its
  # own directory entries; symlinks would resolve back to /usr/share/wordpress.
  local e
  for e in "$WP_SRC"/* "$WP_SRC"/.[!.]*; do
    [ -e "$e" ] || continue
    case "$(basename "$e")" in wp-config.php|wp-content) continue ;; esac
    cp -al "$e" "$DOCROOT/" 2>/dev/null || cp -a "$e" "$DOCROOT/"
  done
  mkdir -p "$DOCROOT/wp-content/plugins" "$DOCROOT/wp-content/themes" "$DOCROOT/wp-content/mu-plugins" \
           "$DOCROOT/wp-content/uploads" "$DOCROOT/wp-content/upgrade"
  local t
  for t in "$WP_SRC"/wp-content/themes/*; do [ -d "$t" ] && ln -sfn "$t" "$DOCROOT/wp-content/themes/$(basename "$t")"; done
  echo "$ver" > "$DOCROOT/.wp-peer-version"
}

write_wp_config() {
  local salts=""
  if [ ! -s "$WP_PEER_DIR/salts.php" ]; then
    local k
    for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
      salts+="define('$k', '$(gen_secret 64)');"$'\n'
    done
    printf '<?php\n%s' "$salts" > "$WP_PEER_DIR/salts.php"
  fi
  cat > "$DOCROOT/wp-config.php" <<EOF
<?php
// Generated by wp-peer.sh - the peer's own config (Debian's
// /usr/share/wordpress/wp-config.php, which reads /etc/wordpress/config-HOST.php,
// is not used: this docroot is a hard-linked copy of the package's files).
define('DB_NAME', '$DB_NAME');
define('DB_USER', '$DB_USER');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', 'localhost:$SOCK');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
require '$WP_PEER_DIR/salts.php';
\$table_prefix = 'wp_';
define('WP_HOME', '$(url)');
define('WP_SITEURL', '$(url)');
// Application Passwords need HTTPS or a 'local' environment.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', false);   // PHP errors still go to logs/php-server.log
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
define('WP_DEFAULT_THEME', 'twentytwentyone');
define('EMPTY_TRASH_DAYS', 30);
// The docroot hard-links Debian's files: never let WordPress write to them.
define('DISALLOW_FILE_EDIT', true);
define('DISALLOW_FILE_MODS', true);
if (!defined('ABSPATH')) { define('ABSPATH', __DIR__ . '/'); }
require_once ABSPATH . 'wp-settings.php';
EOF
  cat > "$DOCROOT/wp-content/mu-plugins/wp-peer.php" <<'EOF'
<?php
/* Plugin Name: wp-peer loopback helpers */
// Application Passwords over plain http on loopback (WP_ENVIRONMENT_TYPE=local
// already allows it; this keeps it on if that constant is ever changed).
add_filter('wp_is_application_passwords_available', '__return_true');
// No outgoing mail from a test peer.
add_filter('pre_wp_mail', '__return_false');
EOF
}

start_db() {
  if db_up; then return 0; fi
  [ "${#SOCK}" -le 100 ] || die "socket path $SOCK is too long for a unix socket; use a shorter WP_PEER_DIR"
  mkdir -p "$RUN" "$LOGS"
  local userarg=()
  [ "$(id -u)" -eq 0 ] && userarg=(--user=root)
  if [ ! -d "$DBDIR/mysql" ]; then
    log "initialising MariaDB data dir $DBDIR"
    rm -rf "$DBDIR"
    mariadb-install-db --no-defaults --datadir="$DBDIR" "${userarg[@]}" --auth-root-authentication-method=socket \
      --skip-test-db --innodb-log-file-size=32M > "$LOGS/mariadb-install.log" 2>&1 \
      || { cat "$LOGS/mariadb-install.log" >&2; die "mariadb-install-db failed"; }
  fi
  rm -f "$SOCK" "$DB_PIDFILE"
  # --skip-networking: no TCP listener at all, clients use the unix socket.
  setsid /usr/sbin/mariadbd --no-defaults --datadir="$DBDIR" --socket="$SOCK" --pid-file="$DB_PIDFILE" \
    --skip-networking --log-error="$LOGS/mariadb.err" "${userarg[@]}" \
    --innodb-buffer-pool-size=256M --innodb-log-file-size=32M --innodb-flush-log-at-trx-commit=2 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_520_ci \
    --max-allowed-packet=64M < /dev/null > /dev/null 2>&1 9>&- &   # 9>&-: must not inherit the lock
  local i
  for i in $(seq 1 150); do
    if [ -s "$DB_PIDFILE" ] && db_ping; then break; fi
    sleep 0.1
  done
  db_up || { tail -20 "$LOGS/mariadb.err" >&2; die "MariaDB did not come up"; }
}

ensure_db_user() {
  mariadb --no-defaults --socket="$SOCK" "${DBROOT[@]}" <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
ALTER USER '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';
SQL
}

port_busy() { ss -Htln "sport = :$PORT" 2>/dev/null | grep -q .; }
check_port() { # fine if nobody listens there, or our own server does
  if php_up && [ "$(cat "$RUN/php-server.port" 2>/dev/null)" = "$PORT" ]; then return 0; fi
  if port_busy; then die "127.0.0.1:$PORT is already in use by something else (set WP_PEER_PORT or --port)"; fi
}

start_php() {
  check_port
  if php_up; then
    if [ "$(cat "$RUN/php-server.port" 2>/dev/null)" = "$PORT" ]; then return 0; fi
    log "PHP server runs on another port; restarting it on $PORT"
    stop_pidfile "$PHP_PIDFILE" "PHP server" group "$PHPDIR/router.php"
  fi
  mkdir -p "$RUN" "$LOGS"
  rm -f "$PHP_PIDFILE"
  # setsid: own session and process group (pgid = pid), so that `stop` can end
  # the server and its worker processes together, and nothing else.
  # PHP_CLI_SERVER_WORKERS: several workers, so that one slow request does not
  # block the others (php -S is single-threaded otherwise).
  ( cd "$DOCROOT" && exec setsid sh -c 'echo $$ > "$1"; shift; exec "$@"' sh "$PHP_PIDFILE" \
      env PHP_CLI_SERVER_WORKERS="${WP_PEER_PHP_WORKERS:-4}" \
      php -d memory_limit=512M -d max_execution_time=300 \
      -S "127.0.0.1:$PORT" -t "$DOCROOT" "$PHPDIR/router.php" < /dev/null >> "$LOGS/php-server.log" 2>&1 ) 9>&- &
  local i
  for i in $(seq 1 50); do [ -s "$PHP_PIDFILE" ] && break; sleep 0.05; done
  echo "$PORT" > "$RUN/php-server.port"
  for i in $(seq 1 100); do
    curl -s -o /dev/null --max-time 2 "$(url)/wp-includes/images/blank.gif" && return 0
    php_up || break
    sleep 0.1
  done
  tail -20 "$LOGS/php-server.log" >&2
  die "PHP server did not come up on 127.0.0.1:$PORT"
}

write_creds() {
  local app="$1" subapp="$2" counts="$3"
  local u; u=$(url)
  {
    echo "WP_PEER_DIR=$WP_PEER_DIR"
    echo "WP_URL=$u"
    echo "WP_PORT=$PORT"
    echo "WP_REST_URL=$u/wp-json/wp/v2"
    echo "WP_REST_COMMENTS=$u/wp-json/wp/v2/comments"
    echo "WP_REST_COMMENTS_PLAIN=$u/?rest_route=/wp/v2/comments"
    echo "WP_ADMIN_USER=$WP_ADMIN_USER"
    echo "WP_ADMIN_PASSWORD=$WP_ADMIN_PASSWORD"
    echo "WP_APP_PASSWORD=$app"
    echo "WP_SUBSCRIBER_USER=subscriber"
    echo "WP_SUBSCRIBER_APP_PASSWORD=$subapp"
    echo "WP_DB_SOCKET=$SOCK"
    echo "WP_DB_NAME=$DB_NAME"
    echo "WP_DB_USER=$DB_USER"
    echo "WP_DB_PASSWORD=$DB_PASSWORD"
    echo "WP_VERSION=$(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" "$DOCROOT/wp-includes/version.php")"
    echo "WP_SEED_POSTS=$POSTS"
    echo "WP_SEED_COMMENTS=$COMMENTS"
    echo "WP_SEED=$SEED"
    printf '%s\n' "$counts" | grep -E '^WP_(COUNT|REST_TOTAL)_' || true
  } > "$CREDS.tmp"
  chmod 600 "$CREDS.tmp"
  mv "$CREDS.tmp" "$CREDS"
}

cmd_start() {
  local t0; t0=$(now_ms)
  parse_start_args "$@"
  resolve_port
  check_port
  if [ -n "$(packages_missing)" ]; then cmd_install; fi
  load_secrets
  echo "$PORT" > "$WP_PEER_DIR/port"
  mkdir -p "$RUN" "$LOGS"
  write_php_helpers
  make_docroot
  write_wp_config
  start_db
  ensure_db_user
  php_env

  local old_app="" old_sub=""
  if [ -s "$CREDS" ]; then
    old_app=$(sed -n 's/^WP_APP_PASSWORD=//p' "$CREDS")
    old_sub=$(sed -n 's/^WP_SUBSCRIBER_APP_PASSWORD=//p' "$CREDS")
  fi
  local t1 out app subapp
  t1=$(now_ms)
  out=$(WP_PEER_ADMIN_PASS="$WP_ADMIN_PASSWORD" WP_PEER_OLD_APP_PASS="$old_app" WP_PEER_OLD_SUB_APP_PASS="$old_sub" \
        php "$PHPDIR/install-site.php") || die "site install failed"
  app=$(sed -n 's/^WP_APP_PASSWORD=//p' <<<"$out")
  subapp=$(sed -n 's/^WP_SUBSCRIBER_APP_PASSWORD=//p' <<<"$out")
  if grep -q '^WP_INSTALLED_NOW=1' <<<"$out"; then log "site installed in $(since "$t1")"; fi

  t1=$(now_ms)
  local counts
  counts=$(WP_PEER_POSTS="$POSTS" WP_PEER_COMMENTS="$COMMENTS" WP_PEER_SEED="$SEED" WP_PEER_RESEED="$RESEED" \
           php -d memory_limit=2G "$PHPDIR/seed.php") || die "seeding failed"
  echo "$POSTS $COMMENTS $SEED" > "$WP_PEER_DIR/seed.params"
  if grep -q '^WP_SEEDED_NOW=1' <<<"$counts"; then
    log "seeding took $(since "$t1")"
  else
    log "already seeded with posts=$POSTS comments=$COMMENTS seed=$SEED (use --reseed to rebuild)"
  fi

  start_php
  write_creds "$app" "$subapp" "$counts"
  log "ready in $(since "$t0"): $(url) (credentials in $CREDS)"
  cat "$CREDS"
}

# ------------------------------------------------------------ stop / status ---
# stop_pidfile FILE NAME [group]: TERM the process (or its process group, for
# the PHP server whose workers are its children), wait, then KILL if needed.
stop_pidfile() {
  local f="$1" name="$2" mode="${3:-}" want="${4:-}" pid i
  if ! pid_alive "$f" "$want"; then rm -f "$f"; return 0; fi
  pid=$(cat "$f")
  if [ "$mode" = group ]; then kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  else kill -TERM "$pid" 2>/dev/null || true; fi
  for i in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name (pid $pid) did not stop, sending KILL"
    if [ "$mode" = group ]; then kill -KILL -- "-$pid" 2>/dev/null || true; else kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  rm -f "$f"
  log "stopped $name (pid $pid)"
}

cmd_stop() {
  stop_pidfile "$PHP_PIDFILE" "PHP server" group "$PHPDIR/router.php"
  rm -f "$RUN/php-server.port"
  stop_pidfile "$DB_PIDFILE" "MariaDB" "" mariadbd
}

cmd_stop_web() {
  stop_pidfile "$PHP_PIDFILE" "PHP server" group "$PHPDIR/router.php"
  rm -f "$RUN/php-server.port"
}

cmd_status() {
  local rc=0
  resolve_port
  if db_up; then echo "db=running pid=$(cat "$DB_PIDFILE") socket=$SOCK"; else echo "db=stopped"; rc=3; fi
  if php_up; then echo "php=running pid=$(cat "$PHP_PIDFILE") url=$(url)"; else echo "php=stopped"; rc=3; fi
  if [ "$rc" = 0 ]; then
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$(url)/wp-json/" || true)
    echo "rest_index_http=$code"
    load_secrets
    mariadb --no-defaults --socket="$SOCK" "${DBROOT[@]}" -N -e \
      "SELECT CONCAT('comments_', REPLACE(comment_approved,'-','_'), '=', COUNT(*)) FROM \`$DB_NAME\`.wp_comments GROUP BY comment_approved ORDER BY comment_approved" 2>/dev/null || true
  fi
  echo "state_dir=$WP_PEER_DIR"
  return $rc
}

cmd_env() {
  [ -s "$CREDS" ] || die "no $CREDS; run start first"
  cat "$CREDS"
}

# One start/stop/export at a time per state dir.
lock() {
  mkdir -p "$WP_PEER_DIR"
  exec 9>"$WP_PEER_DIR/.lock"
  flock -w 600 9 || die "another wp-peer.sh is busy with $WP_PEER_DIR"
}

main() {
  local cmd="${1:-}"
  [ $# -gt 0 ] && shift
  case "$cmd" in start|stop|stop-web) lock ;; esac
  case "$cmd" in
    install) cmd_install ;;
    start) cmd_start "$@" ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    env) cmd_env ;;
    stop-web) cmd_stop_web ;;
    -h|--help|help|"") usage; [ -n "$cmd" ] ;;
    *) usage; die "unknown command: $cmd" ;;
  esac
}
main "$@"
