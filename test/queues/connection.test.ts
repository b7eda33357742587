/**
 * REDIS_URL forms: one server, or a Redis Cluster named by several nodes,
 * by redis+cluster:// or by CASEFILE_REDIS_CLUSTER=1; and the key prefix,
 * which must be a hash tag on a cluster. Bad settings are clear errors that
 * never echo the password.
 */
import { clusterOptions, hasHashTag, parseClusterUrl, resolveConnection } from '../../queues/connection';

const ENV_KEYS = ['REDIS_URL', 'CASEFILE_QUEUE_PREFIX', 'CASEFILE_REDIS_CLUSTER'] as const;
const saved: Partial<Record<(typeof ENV_KEYS)[number], string>> = {};
beforeEach(() => {
  for (const k of ENV_KEYS) {
    saved[k] = process.env[k];
    delete process.env[k];
  }
});
afterEach(() => {
  for (const k of ENV_KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe('resolveConnection', () => {
  test.each([
    // [REDIS_URL, CASEFILE_REDIS_CLUSTER, nodes or null for one server, prefix]
    ['redis://127.0.0.1:6379', undefined, null, 'casefile'],
    ['redis://:pw@queue-host:6380/2', undefined, null, 'casefile'],
    ['redis://:a,b@queue-host:6380', undefined, null, 'casefile'], // a comma in the password is not a second node
    ['redis://h1:7001,h2:7002,h3:7003', undefined, ['h1:7001', 'h2:7002', 'h3:7003'], '{casefile}'],
    ['redis+cluster://h1:7001', undefined, ['h1:7001'], '{casefile}'],
    ['REDIS+CLUSTER://h1', undefined, ['h1:6379'], '{casefile}'],
    ['redis://10.0.0.5:7001', '1', ['10.0.0.5:7001'], '{casefile}'],
    ['redis://10.0.0.5:7001', 'true', ['10.0.0.5:7001'], '{casefile}'],
    ['redis://10.0.0.5:7001', '0', null, 'casefile'],
    ['redis://[::1]:7001,[::1]:7002/0', undefined, ['::1:7001', '::1:7002'], '{casefile}'],
  ])('%s (CASEFILE_REDIS_CLUSTER=%s)', (url, flag, nodes, prefix) => {
    process.env.REDIS_URL = url;
    if (flag !== undefined) process.env.CASEFILE_REDIS_CLUSTER = flag;
    const conn = resolveConnection();
    expect(conn.redisUrl).toBe(url);
    expect(conn.prefix).toBe(prefix);
    expect(conn.cluster?.nodes.map((n) => `${n.host}:${n.port}`) ?? null).toEqual(nodes);
  });

  test('credentials and TLS of a cluster URL go to every node', () => {
    const seed = parseClusterUrl('rediss+cluster://casefile:p%40ss%3Aw@h1:7001,h2:7002');
    expect(seed).toEqual({ nodes: [{ host: 'h1', port: 7001 }, { host: 'h2', port: 7002 }], tls: true, username: 'casefile', password: 'p@ss:w' });
    const opts = clusterOptions(seed);
    expect(opts.redisOptions).toMatchObject({ username: 'casefile', password: 'p@ss:w', tls: {}, maxRetriesPerRequest: null });
    expect(parseClusterUrl('redis://:only-password@h1:7001,h2:7002')).toMatchObject({ password: 'only-password', tls: false });
    expect(parseClusterUrl('redis://:only-password@h1:7001,h2:7002').username).toBeUndefined();
  });

  test('one-shot commands give up on a cluster that is down; workers never do', () => {
    const seed = parseClusterUrl('redis://h1:7001,h2:7002');
    expect(clusterOptions(seed, true).clusterRetryStrategy!(4)).toBeNull();
    expect(clusterOptions(seed, true).redisOptions?.maxRetriesPerRequest).toBe(1);
    expect(clusterOptions(seed).clusterRetryStrategy!(1000)).toBe(2000);
  });

  test.each([
    ['{casefile}', true],
    ['{casefile-a}', true],
    ['ngo{casefile}', true],
    ['casefile', false],
    ['{}casefile', false],
    ['{casefile', false],
    ['casefile}', false],
  ])('prefix %s is a hash tag: %s', (prefix, tagged) => {
    expect(hasHashTag(prefix)).toBe(tagged);
  });

  test.each([
    // [REDIS_URL, CASEFILE_QUEUE_PREFIX, error]
    ['redis://h1:7001,h2:7002', 'casefile', /prefix 'casefile' has no hash tag.*\{casefile\}/],
    ['redis+cluster://h1:7001', '{}', /has no hash tag/],
    ['redis://h1:7001,h2:7002/3', undefined, /only database 0, not 3/],
    ['redis://h1:port,h2:7002', undefined, /'h1:port' is not host:port/],
    ['redis://h1:70001,h2:7002', undefined, /'h1:70001' is not host:port/],
    ['redis+cluster://', undefined, /names no node/],
    ['redis+cluster://h1:7001 h2:7002', undefined, /is not host:port/],
    ['http://h1:7001,h2:7002', undefined, /is not redis:\/\/host:port/],
    ['redis://h1:7001', 'case:file', /must not contain ':'/],
    ['redis://:50%zz@h1:7001,h2:7002', undefined, /password has a broken %-escape/],
  ])('%s with prefix %s is refused', (url, prefix, error) => {
    process.env.REDIS_URL = url;
    if (prefix !== undefined) process.env.CASEFILE_QUEUE_PREFIX = prefix;
    expect(() => resolveConnection()).toThrow(error);
  });

  test('a refused URL does not show its password', () => {
    process.env.REDIS_URL = 'redis://casefile:hunter2@h1:nope,h2:7002';
    expect(() => resolveConnection()).toThrow(/redis:\/\/\*\*\*@h1:nope,h2:7002/);
    expect(() => resolveConnection()).not.toThrow(/hunter2/);
  });
});
