/** docker-compose.yml holds what users need for the distributed mode, in a shape compose accepts. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const FILE = join(__dirname, '../../docker-compose.yml');

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(FILE, 'utf8')) as { services: Record<string, Record<string, unknown>> };

  test('has redis, postgres, a scalable worker, the scheduler and the review page', () => {
    for (const name of ['redis', 'postgres', 'worker', 'scheduler', 'review']) expect(compose.services[name]).toBeDefined();
    // A fixed container name or host port would stop `--scale worker=N`.
    expect(compose.services.worker.container_name).toBeUndefined();
    expect(compose.services.worker.ports).toBeUndefined();
  });

  test('redis keeps every key (noeviction) and appends to disk (AOF), as BullMQ requires', () => {
    const command = ([] as string[]).concat(compose.services.redis.command as string[] | string).join(' ');
    expect(command).toMatch(/--maxmemory-policy\s+noeviction/);
    expect(command).toMatch(/--appendonly\s+yes/);
  });

  test('the compose client on this machine accepts it', () => {
    const v2 = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
    const [cmd, args] = v2.status === 0 ? ['docker', ['compose', '-f', FILE, 'config', '-q']] : ['docker-compose', ['-f', FILE, 'config', '-q']];
    const r = spawnSync(cmd, args as string[], { encoding: 'utf8' });
    // No compose client is a failure, not a skip: npm test's pretest installs it (apt-get install -y docker-compose).
    if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('no compose client: run `apt-get install -y docker-compose` as root (npm test does it when run as root)');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
