// A real WordPress for the plugin's test, started from Debian's packages with no Docker and no
// network: `wordpress` (a copy of /usr/share/wordpress with a wp-config.php of its own), MariaDB
// (`mariadb-server`) in a temporary folder, reached by its socket only, and PHP's built-in server
// (`php-cli`, `php-mysql`) on a free loopback port. Everything lives in one temporary folder,
// and `stop()` ends the processes it started (each in a process group of its own, PHP's workers
// included) and removes the folder, also when the test fails or the process exits early.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

const WORDPRESS = '/usr/share/wordpress';
/** WordPress's roles, least allowed first: the site has a user of each, named after it. */
export const ROLES = ['subscriber', 'contributor', 'author', 'editor', 'administrator'];

const onPath = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const mariadbd = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((path) => existsSync(path)) ?? (onPath('mariadbd') ? 'mariadbd' : undefined);

/** What of Debian's packages is missing for a WordPress here, or undefined when none is. */
export function missingPackages() {
  const missing = [];
  if (!existsSync(join(WORDPRESS, 'wp-includes/version.php'))) missing.push('wordpress');
  // The front end shows nothing without a theme; the default one comes as a package of its own.
  if (!existsSync(join(WORDPRESS, 'wp-content/themes/twentytwentythree'))) missing.push('wordpress-theme-twentytwentythree');
  if (!onPath('php')) missing.push('php-cli');
  else if (!execFileSync('php', ['-m'], { encoding: 'utf8' }).split('\n').includes('mysqli')) missing.push('php-mysql');
  if (!mariadbd) missing.push('mariadb-server');
  return missing.length ? missing : undefined;
}

/** A loopback port no one listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `ready()` holds, or the process exits, or the time is up. */
async function waitFor(what, ready, child, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited (${child.exitCode ?? child.signalCode})`);
    if (await ready().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`${what} not ready within ${ms / 1000} s`);
}

/**
 * Starts MariaDB and WordPress, installs the site, adds a user of each role (with a password to
 * log in with, and an application password for the REST API), and installs and activates the
 * plugin from `pluginZip`.
 */
export async function startWordPress({ pluginZip }) {
  const folder = mkdtempSync(join(tmpdir(), 'customs-wordpress-'));
  const children = [];
  // Each child leads a process group: stopping the group stops what it forked (PHP's workers).
  const stopChildren = () => {
    for (const child of children.splice(0)) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };
  const cleanUp = () => {
    stopChildren();
    rmSync(folder, { recursive: true, force: true });
  };
  // Also when the test stops early: at exit, or on a signal, which then ends the process as it would have.
  const onSignal = (signal) => {
    cleanUp();
    process.kill(process.pid, signal);
  };
  const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const watch = (on) => {
    process[on ? 'once' : 'removeListener']('exit', cleanUp);
    for (const signal of SIGNALS) process[on ? 'once' : 'removeListener'](signal, onSignal);
  };
  watch(true);
  const start = (command, args, log, env = {}) => {
    const out = openSync(join(folder, log), 'a');
    const child = spawn(command, args, { cwd: folder, env: { ...process.env, ...env }, stdio: ['ignore', out, out], detached: true });
    children.push(child);
    return child;
  };
  const logOf = (name) => (existsSync(join(folder, name)) ? readFileSync(join(folder, name), 'utf8') : '');
  const logs = () => ['mariadb.log', 'php-server.log', 'debug.log'].map((name) => `--- ${name}\n${logOf(name).slice(-3000)}`).join('\n');

  try {
    // MariaDB, reached by its socket only (no port to clash). No grant tables: nothing but this
    // test reaches it, and leaving out mariadb-install-db saves most of its start-up.
    const data = join(folder, 'db');
    const socket = join(folder, 'mysqld.sock');
    mkdirSync(data);
    const db = start(mariadbd, [
      '--no-defaults',
      '--user=root',
      `--datadir=${data}`,
      `--socket=${socket}`,
      `--pid-file=${join(folder, 'mysqld.pid')}`,
      '--skip-networking',
      '--skip-grant-tables',
      '--innodb-buffer-pool-size=32M',
      '--innodb-log-file-size=8M',
      '--innodb-flush-log-at-trx-commit=0',
      '--innodb-doublewrite=0',
      '--innodb-flush-method=nosync',
    ], 'mariadb.log');
    await waitFor('MariaDB', async () => existsSync(socket), db);
    execFileSync('php', ['-r', `(new mysqli('localhost', 'root', '', '', 0, ${JSON.stringify(socket)}))->query('CREATE DATABASE wordpress');`]);

    // WordPress: Debian's copy reads its configuration from /etc; this one has its own. PHP finds
    // wp-config.php, and so the site, from where wp-load.php and the entry points in wp-admin/
    // are: those are copied. wp-includes/ is only ever loaded from them, so it is linked, which
    // saves copying (and removing) most of the files; languages other than English are left out.
    const site = join(folder, 'wordpress');
    mkdirSync(site);
    for (const entry of readdirSync(WORDPRESS)) {
      if (entry === 'wp-includes') symlinkSync(join(WORDPRESS, entry), join(site, entry));
      else if (entry !== '.htaccess') cpSync(join(WORDPRESS, entry), join(site, entry), { recursive: true, verbatimSymlinks: true, filter: (path) => !path.startsWith(join(WORDPRESS, 'wp-content/languages')) });
    }

    // PHP's built-in server, with workers: WordPress requests its own pages (to fetch an embed),
    // which one worker answering one request at a time would deadlock on. Its router serves the
    // library's scripts with `Access-Control-Allow-Origin: *`, as the README asks of a site whose
    // embed pages WordPress frames (their sandbox gives them an opaque origin); everything else as
    // the server would.
    const router = join(folder, 'router.php');
    writeFileSync(
      router,
      `<?php
$path = realpath(__DIR__ . '/wordpress' . parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if ($path && is_file($path) && str_ends_with($path, '.js')) {
  header('Content-Type: text/javascript');
  header('Access-Control-Allow-Origin: *');
  readfile($path);
  return true;
}
return false;
`,
    );
    let base;
    let server;
    for (let attempt = 1; !server; attempt++) {
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      writeConfig(site, { base, socket, debugLog: join(folder, 'debug.log') });
      const child = start('php', ['-S', `127.0.0.1:${port}`, '-t', site, router], 'php-server.log', { PHP_CLI_SERVER_WORKERS: '4' });
      try {
        await waitFor('PHP server', async () => (await fetch(`${base}/readme.html`)).ok, child, 15_000);
        server = child;
      } catch (error) {
        // Another process took the port between our look and PHP's: try another.
        if (attempt === 3) throw error;
      }
    }

    /** Runs PHP code with WordPress loaded, `input` on its stdin; returns what it prints (JSON, parsed). */
    let scripts = 0;
    const php = (code, input = null, { installing = false } = {}) => {
      const file = join(folder, `script-${++scripts}.php`);
      writeFileSync(
        file,
        `<?php
${installing ? "define( 'WP_INSTALLING', true );" : ''}
$_SERVER['HTTP_HOST'] = ${JSON.stringify(new URL(base).host)};
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
require ${JSON.stringify(join(site, 'wp-load.php'))};
$input = json_decode( stream_get_contents( STDIN ), true );
${code}`,
      );
      const out = execFileSync('php', [file], { cwd: folder, input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const json = out.slice(out.indexOf('{'));
      try {
        return JSON.parse(json);
      } catch {
        throw new Error(`PHP printed no JSON:\n${out}`);
      }
    };

    php(
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
add_filter( 'pre_wp_mail', '__return_false' ); // No mail: the site has no one to tell.
// Links stay plain (?p=1): a structure set for the install only spares WordPress testing pretty
// ones by requesting its own pages.
add_filter( 'pre_option_permalink_structure', function () {
	return '/%postname%/';
} );
$installed = wp_install( 'Customs test site', 'admin', 'admin@example.test', false, '', wp_generate_password() );
echo wp_json_encode( array( 'user' => $installed['user_id'] ) );`,
      null,
      { installing: true },
    );

    // The plugin, as a site owner installs it: its zip unpacked into wp-content/plugins.
    const plugins = join(site, 'wp-content/plugins');
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(pluginZip)))) {
      if (path.endsWith('/')) continue;
      mkdirSync(dirname(join(plugins, path)), { recursive: true });
      writeFileSync(join(plugins, path), bytes);
    }

    const { users, error } = php(`require_once ABSPATH . 'wp-admin/includes/plugin.php';
$activated = activate_plugin( 'customs-widgets/customs-widgets.php', '', false, false );
if ( is_wp_error( $activated ) ) {
	echo wp_json_encode( array( 'error' => $activated->get_error_message() ) );
	exit;
}
$users = array();
foreach ( $input as $role => $password ) {
	$id = 'administrator' === $role ? 1 : wp_insert_user( array( 'user_login' => $role, 'user_pass' => $password, 'user_email' => "$role@example.test", 'role' => $role ) );
	if ( 'administrator' === $role ) {
		wp_set_password( $password, $id );
	}
	list( $app_password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'test' ) );
	$users[ $role ] = array( 'id' => $id, 'login' => get_userdata( $id )->user_login, 'password' => $password, 'appPassword' => $app_password, 'unfilteredHtml' => user_can( $id, 'unfiltered_html' ) );
}
echo wp_json_encode( array( 'users' => $users ) );`, Object.fromEntries(ROLES.map((role) => [role, randomBytes(12).toString('hex')])));
    if (error) throw new Error(`the plugin could not be activated: ${error}`);

    /** A request to the REST API as one of the users (by role, with an application password); resolves to the status and the JSON. */
    const rest = async (role, method, route, { body, query = {} } = {}) => {
      const { login, appPassword: password } = users[role];
      // No pretty permalinks here: the route goes in the query.
      const url = new URL(`${base}/`);
      for (const [name, value] of Object.entries({ rest_route: route, ...query })) url.searchParams.set(name, value);
      const response = await fetch(url, {
        method,
        headers: { authorization: `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: response.status, json: await response.json() };
    };

    return {
      base,
      site,
      users,
      php,
      rest,
      /** PHP's warnings and notices so far (WP_DEBUG_LOG). */
      debugLog: () => logOf('debug.log'),
      /** The end of each log, to show when something failed. */
      logs,
      stop: () => {
        watch(false);
        cleanUp();
      },
    };
  } catch (error) {
    error.message += `\n${logs()}`;
    watch(false);
    cleanUp();
    throw error;
  }
}

/** wp-config.php for this site: its database, its address, PHP's notices to a log, nothing fetched from outside. */
function writeConfig(site, { base, socket, debugLog }) {
  const salt = () => `'${randomBytes(32).toString('hex')}'`;
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  writeFileSync(
    join(site, 'wp-config.php'),
    `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${JSON.stringify(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_HOME', '${base}' );
define( 'WP_SITEURL', '${base}' );
${keys.map((key) => `define( '${key}', ${salt()} );`).join('\n')}
// Application passwords over plain HTTP.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${JSON.stringify(debugLog)} );
// Offline: no update checks, no cron calling the site back.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
}
