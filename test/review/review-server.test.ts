/** The review server's API without a browser: sign-in, bearer tokens, team reviewers, CSRF, claims, extra routes. */
import { startReviewServer, type ReviewServer } from '../../src/review/review-server';
import { parseReviewers } from '../../src/review/reviewer-auth';
import { BACKENDS, openTestStore, record, snapshot, type TestStore } from '../store/test-stores';

describe.each(BACKENDS)('review server on %s', (kind) => {
  let t: TestStore;
  let server: ReviewServer;
  let changes: string[] = [];
  const ann = 'ann-token-0123456789';
  const bob = 'bob-token-0123456789';

  beforeEach(async () => {
    t = await openTestStore(kind);
    changes = [];
    await t.store.saveExtraction(snapshot(), [record('a', { confidence: 0.9 }), record('b', { confidence: 0.5 })]);
    server = await startReviewServer({
      store: t.store,
      port: 0,
      reviewers: parseReviewers(`ann:${ann}, bob:${bob}`),
      extraRoutes: async (app, requireAuth, hooks) => {
        hooks.onChange((c) => void changes.push(`${c.action}:${c.recordId}:${c.status}:${c.reviewer}`));
        app.get('/metrics', { onRequest: requireAuth }, async () => 'casefile_up 1\n');
        await app.register(
          async (scope) => {
            scope.addHook('onRequest', requireAuth);
            scope.addHook('onSend', async (_req, reply, payload) => {
              reply.header('content-security-policy', "default-src 'self' 'unsafe-inline'");
              return payload;
            });
            scope.get('/', async () => ({ queues: [] }));
          },
          { prefix: '/admin/queues' },
        );
      },
    });
  });
  afterEach(async () => {
    await server.close();
    await t.cleanup();
  });

  /** A real HTTP request to the listening server (light-my-request's ESM deps do not load under jest). */
  const inject = async (o: { method: string; url: string; headers?: Record<string, string>; payload?: string }) => {
    const res = await fetch(new URL(o.url, server.baseUrl), { method: o.method, headers: o.headers, body: o.payload, redirect: 'manual' });
    const body = await res.text();
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k] = v));
    return { statusCode: res.status, headers, body, json: () => JSON.parse(body) };
  };
  const signIn = async (token: string) => {
    const res = await inject({ method: 'GET', url: `/?token=${token}` });
    expect(res.statusCode).toBe(302);
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    const session = (await inject({ method: 'GET', url: '/api/session', headers: { cookie } })).json();
    return { cookie, csrf: session.csrf as string, reviewer: session.reviewer as string };
  };
  const post = (url: string, s: { cookie: string; csrf: string }, body: unknown = {}) =>
    inject({ method: 'POST', url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' }, payload: JSON.stringify(body) });

  test('named reviewers sign in with their own tokens and decisions carry their names', async () => {
    expect(server.token).toBeNull();
    expect(server.url).not.toContain('token=');
    const a = await signIn(ann);
    expect(a.reviewer).toBe('ann');
    const next = (await post('/api/next', a)).json();
    expect(next.view.stored.record.id).toBe('a');
    expect(next.view.paragraphs[0].marks.some((m: { kind: string }) => m.kind === 'evidence')).toBe(true);
    const res = await post('/api/records/a/decision', a, { action: 'accept' });
    expect(res.statusCode).toBe(200);
    expect((await t.store.getRecord('a'))?.decidedBy).toBe('ann');
    expect((await post('/api/undo', a)).json().view.stored.status).toBe('pending');
    // listeners (the export queue) hear every change
    await new Promise((r) => setTimeout(r, 20));
    expect(changes).toEqual(['accept:a:accepted:ann', 'undo:a:pending:ann']);
  });

  test('claims: the second reviewer gets another record and cannot decide the first', async () => {
    const a = await signIn(ann);
    const b = await signIn(bob);
    expect((await post('/api/next', a)).json().view.stored.record.id).toBe('a');
    expect((await post('/api/next', b)).json().view.stored.record.id).toBe('b');
    const stolen = await post('/api/records/a/decision', b, { action: 'reject' });
    expect(stolen.statusCode).toBe(409);
    expect(stolen.json().error.code).toBe('claim-held');
    expect((await post('/api/records/a/claim', b)).statusCode).toBe(409);
    expect((await t.store.getRecord('a'))?.status).toBe('pending');
  });

  test('credentials and CSRF are required; bad input is a 400, not a crash', async () => {
    expect((await inject({ method: 'GET', url: '/api/queue' })).statusCode).toBe(401);
    expect((await inject({ method: 'GET', url: '/?token=nope' })).statusCode).toBe(401);
    const a = await signIn(ann);
    const noCsrf = await inject({ method: 'POST', url: '/api/next', headers: { cookie: a.cookie, 'content-type': 'application/json' }, payload: '{}' });
    expect(noCsrf.statusCode).toBe(403);
    const crossSite = await inject({
      method: 'POST',
      url: '/api/next',
      headers: { cookie: a.cookie, 'x-csrf-token': a.csrf, origin: 'http://evil.example', 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(crossSite.statusCode).toBe(403);
    const bad = await post('/api/records/a/decision', a, { action: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid-request');
    const badRecord = await post('/api/records/a/decision', a, { action: 'accept', record: { ...record('a'), date: 'last week' } });
    expect(badRecord.statusCode).toBe(400);
    expect((await post('/api/records/zzz/decision', a, { action: 'accept' })).statusCode).toBe(404);
    expect((await inject({ method: 'GET', url: '/api/queue?minConfidence=7', headers: { cookie: a.cookie } })).statusCode).toBe(400);
    expect((await t.store.getRecord('a'))?.status).toBe('pending');
  });

  test('bearer tokens work for scripts; extra routes sit behind the same sign-in', async () => {
    const q = await inject({ method: 'GET', url: '/api/queue?sort=confidence-asc', headers: { authorization: `Bearer ${bob}` } });
    expect(q.statusCode).toBe(200);
    expect(q.json().records.map((r: { id: string }) => r.id)).toEqual(['b', 'a']);
    expect((await inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const m = await inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${ann}` } });
    expect(m.body).toBe('casefile_up 1\n');
    expect(m.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await inject({ method: 'GET', url: '/admin/queues/' })).statusCode).toBe(401);
    const admin = await inject({ method: 'GET', url: '/admin/queues/', headers: { authorization: `Bearer ${ann}` } });
    expect(admin.statusCode).toBe(200);
    expect(admin.headers['content-security-policy']).toBe("default-src 'self' 'unsafe-inline'");
  });

  test('reviewer lists are validated', () => {
    expect(() => parseReviewers('ann:short')).toThrow(/12 characters/);
    expect(() => parseReviewers('justaname')).toThrow(/name:token/);
    expect(parseReviewers(' ann:abcdefghijkl ,bob:mnopqrstuvwx')).toEqual([
      { name: 'ann', token: 'abcdefghijkl' },
      { name: 'bob', token: 'mnopqrstuvwx' },
    ]);
  });
});
