/**
 * scripts/prepare-tests.sh (npm test's pretest step) run for real: a Redis
 * that is down on a free port gets started there; where a step needs root and
 * the user is not root, the script prints the command to run and fails. The
 * shared Redis and PostgreSQL are never touched: the script's ports are
 * pointed at free ports this test owns.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/prepare-tests.sh');
const IS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A copy of the script that nobody can read: a checkout may sit in a folder only its owner can enter (mktemp -d). */
const copies: string[] = [];
function readableCopy(): { script: string; cwd: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'casefile-prepare-'));
  copies.push(dir);
  chmodSync(dir, 0o755);
  const script = path.join(dir, 'prepare-tests.sh');
  copyFileSync(SCRIPT, script);
  chmodSync(script, 0o755);
  return { script, cwd: dir };
}

/** Runs the script; asNonRoot drops to nobody when this test runs as root. */
function prepare(env: Record<string, string>, asNonRoot = false): SpawnSyncReturns<string> {
  const drop = asNonRoot && IS_ROOT ? { uid: NOBODY, gid: NOBODY } : {};
  const { script, cwd } = asNonRoot && IS_ROOT ? readableCopy() : { script: SCRIPT, cwd: ROOT };
  return spawnSync('bash', [script], { cwd, env: { ...process.env, CASEFILE_TEST_WAIT_S: '10', ...env }, encoding: 'utf8', timeout: 120_000, ...drop });
}

function redisPing(port: number): string {
  return spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim();
}

describe('scripts/prepare-tests.sh', () => {
  const started: number[] = [];
  afterAll(() => {
    for (const port of started) spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'shutdown', 'nosave']);
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  it('starts Redis when it is down, then exits 0', async () => {
    const port = await freePort();
    expect(redisPing(port)).not.toBe('PONG');
    started.push(port);
    const r = prepare({ CASEFILE_TEST_REDIS_PORT: String(port) });
    expect(r.stderr).toContain(`starting redis on 127.0.0.1:${port}`);
    expect(r.status).toBe(0);
    expect(redisPing(port)).toBe('PONG');
    // A second run finds it up and starts nothing.
    const again = prepare({ CASEFILE_TEST_REDIS_PORT: String(port) });
    expect(again.status).toBe(0);
    expect(again.stderr).not.toContain('starting redis');
  });

  it.each([
    // [what is missing, env, the command the user is told to run, whether Redis (a later/earlier step) got started]
    ['chromium', { CASEFILE_TEST_CHROMIUM: '/nonexistent/chromium' }, /apt-get update && apt-get install -y chromium/, false],
    ['PostgreSQL', { CASEFILE_TEST_PG_PORT: 'FREE' }, /pg_ctlcluster --skip-systemctl-redirect \d+ main start/, true],
  ])('as a non-root user with %s missing: prints the command to run as root and fails', async (_, env, command, redisStarted) => {
    const vars: Record<string, string> = { ...env };
    for (const [k, v] of Object.entries(vars)) if (v === 'FREE') vars[k] = String(await freePort());
    // Redis down on a free port too: it needs no root, so it starts unless an earlier step failed.
    const redisPort = await freePort();
    const r = prepare({ ...vars, CASEFILE_TEST_REDIS_PORT: String(redisPort) }, true);
    const up = redisPing(redisPort) === 'PONG';
    if (up) started.push(redisPort);
    expect(up).toBe(redisStarted);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/FAILED: .*needs root/);
    expect(r.stderr).toMatch(command);
    expect(r.stderr).not.toContain('ready:');
  });
});
