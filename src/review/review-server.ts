/**
 * The analysts' review server (Fastify): one page plus a small JSON API over
 * the review store. Nothing is served without credentials; POSTs need the
 * session's CSRF token; every response carries a strict CSP.
 * Example: const s = await startReviewServer({ store, port: 0 }); console.log(s.url);
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CODE_KINDS, CaseRecordSchema, PENALTY_TYPES } from '../contract';
import { errorCode, errorMessage } from '../errors';
import { StoreError } from '../store/store-error';
import type { RecordFilter, ReviewStore, StoredRecord } from '../store/types';
import { DEFAULT_CLAIM_TTL_MS } from '../store/sql-review-store';
import { buildRecordView } from './record-view';
import { ReviewerAuth, SESSION_COOKIE, parseCookies, randomToken, safeEqual, type Reviewer, type Session } from './reviewer-auth';

/** No inline script or style, nothing from elsewhere: page text can never run. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * Mounted dashboards (bull-board under /admin/) set <base href> and inline
 * styles; scripts stay 'self'-only, so text shown there still cannot run.
 */
export const ADMIN_CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
const ADMIN_PREFIX = '/admin/';

export type RequireAuth = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/** A change to a record's review state, for listeners such as the export queue. */
export interface ReviewChange {
  recordId: string;
  action: 'accept' | 'reject' | 'edit' | 'undo';
  status: StoredRecord['status'];
  reviewer: string;
}

export type ReviewChangeListener = (change: ReviewChange) => void | Promise<void>;

/** Handed to extraRoutes: subscribe to review changes (e.g. enqueue an export job on each acceptance). */
export interface ReviewServerHooks {
  onChange(listener: ReviewChangeListener): void;
}

export interface ReviewServerOptions {
  store: ReviewStore;
  /** 0 picks a free port */
  port?: number;
  /** default 127.0.0.1: the page is for this machine unless a deployment says otherwise */
  host?: string;
  /** the single shared token (default: random per start) */
  token?: string;
  /** reviewer name for the shared token (default 'analyst') */
  reviewerName?: string;
  /** named reviewers with their own tokens (team deployments); replaces the shared token */
  reviewers?: Reviewer[];
  claimTtlMs?: number;
  /**
   * Mounts more routes behind the same authentication (bull-board at
   * /admin/queues, /metrics). Add `onRequest: requireAuth` to each route or
   * scope. Routes that set their own Content-Security-Policy header keep it.
   */
  extraRoutes?: (app: FastifyInstance, requireAuth: RequireAuth, hooks: ReviewServerHooks) => Promise<void>;
  /** called after every accept, reject, edit and undo (errors are logged, never fail the request) */
  onChange?: ReviewChangeListener;
}

export interface ReviewServer {
  app: FastifyInstance;
  /** the URL to open, with ?token=… (shared-token mode) */
  url: string;
  /** base URL without the token */
  baseUrl: string;
  token: string | null;
  close(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyRequest {
    reviewSession?: Session;
  }
}

const PUBLIC_DIR_CANDIDATES = [path.join(__dirname, 'public'), path.resolve(__dirname, '../../../src/review/public')];
const STATIC_FILES: Record<string, string> = { '/app.js': 'application/javascript; charset=utf-8', '/app.css': 'text/css; charset=utf-8' };

function readPublic(name: string): string {
  for (const dir of PUBLIC_DIR_CANDIDATES) {
    try {
      return readFileSync(path.join(dir, name), 'utf8');
    } catch {
      // try the next place: dist/ has no copy of the static files, src/ does
    }
  }
  throw new Error(`review page file ${name} not found in ${PUBLIC_DIR_CANDIDATES.join(' or ')}`);
}

const FilterSchema = z.object({
  sourceId: z.string().max(200).optional(),
  country: z.string().max(100).optional(),
  penaltyType: z.string().max(100).optional(),
  dateFrom: z.string().regex(/^\d{4}(-\d{2}){0,2}$/).optional(),
  dateTo: z.string().regex(/^\d{4}(-\d{2}){0,2}$/).optional(),
  minConfidence: z.coerce.number().min(0).max(1).optional(),
  maxConfidence: z.coerce.number().min(0).max(1).optional(),
  person: z.string().max(200).optional(),
  sort: z.enum(['confidence-desc', 'confidence-asc', 'date-desc', 'date-asc', 'created']).optional(),
});

const QueueQuerySchema = FilterSchema.extend({
  status: z.enum(['pending', 'accepted', 'rejected']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

const NextSchema = z.object({ exclude: z.array(z.string().max(500)).max(10_000).default([]), filter: FilterSchema.default({}) });
const DecisionSchema = z.object({ action: z.enum(['accept', 'reject']), reason: z.string().max(2000).nullable().optional(), record: CaseRecordSchema.optional() });
const EditSchema = z.object({ record: CaseRecordSchema });
const MergeSchema = z.object({ a: z.string().min(1).max(500), b: z.string().min(1).max(500), merge: z.boolean() });

/** Empty strings from the filter form mean "no filter". */
function dropEmpty<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== undefined && v !== null)) as T;
}

function statusFor(err: unknown): number {
  if (err instanceof z.ZodError) return 400;
  if (err instanceof StoreError) {
    return ({ 'not-found': 404, 'claim-held': 409, 'undo-conflict': 409, 'invalid-record': 400, 'invalid-decision': 400, 'invalid-merge': 400 } as Record<string, number>)[err.code] ?? 500;
  }
  return 500;
}

function unauthorizedPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>casefile review: sign in</title></head>
<body><h1>Not signed in</h1><p>Open the URL that <code>casefile review</code> printed when it started (it ends with <code>?token=…</code>).</p></body></html>`;
}

export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const { store } = options;
  const shared = options.reviewers?.length ? null : (options.token ?? randomToken());
  const auth = new ReviewerAuth(options.reviewers?.length ? options.reviewers : [{ name: options.reviewerName ?? 'analyst', token: shared! }]);
  const claimTtlMs = options.claimTtlMs ?? DEFAULT_CLAIM_TTL_MS;
  const indexHtml = readPublic('index.html');
  const assets = Object.fromEntries(Object.keys(STATIC_FILES).map((p) => [p, readPublic(p.slice(1))]));

  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  const listeners: ReviewChangeListener[] = options.onChange ? [options.onChange] : [];
  const hooks: ReviewServerHooks = { onChange: (l) => void listeners.push(l) };
  const changed = (change: ReviewChange) => {
    for (const l of listeners) {
      Promise.resolve()
        .then(() => l(change))
        .catch((err) => process.stderr.write(`casefile review: change listener failed for ${change.recordId}: ${errorMessage(err)}\n`));
    }
  };

  app.addHook('onSend', async (request, reply, payload) => {
    if (!reply.getHeader('content-security-policy')) {
      reply.header('content-security-policy', request.url.startsWith(ADMIN_PREFIX) ? ADMIN_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
    }
    reply.header('x-content-type-options', 'nosniff');
    // The token must never leave in a Referer header when an analyst follows a source link.
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cache-control', 'no-store');
    return payload;
  });

  const sessionOf = (request: FastifyRequest): Session | null => auth.session(parseCookies(request.headers.cookie)[SESSION_COOKIE]);

  /** Cookie session, or `Authorization: Bearer <token>` for scripts and scrapers. */
  const requireAuth: RequireAuth = async (request, reply) => {
    const session = sessionOf(request);
    if (session) {
      request.reviewSession = session;
      return;
    }
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const reviewer = auth.reviewerFor(bearer);
    if (reviewer) {
      // A bearer caller gets a throwaway session: no cookie, no CSRF needed (browsers never send this header on their own).
      request.reviewSession = { id: 'bearer', reviewer, claimant: `${reviewer}~bearer`, csrf: '', expiresAt: Date.now() + 60_000 };
      return;
    }
    const wantsHtml = (request.headers.accept ?? '').includes('text/html');
    reply.code(401);
    if (wantsHtml) await reply.type('text/html; charset=utf-8').send(unauthorizedPage());
    else await reply.send({ error: { code: 'unauthorized', message: 'sign in with the URL casefile review printed (?token=…)' } });
  };

  /** POSTs from the page must carry the session's CSRF token and come from this origin. */
  const requireCsrf = async (request: FastifyRequest, reply: FastifyReply) => {
    const session = request.reviewSession;
    if (!session || session.id === 'bearer') return;
    const origin = request.headers.origin;
    const host = request.headers.host;
    const sameOrigin = !origin || (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`));
    const given = request.headers['x-csrf-token'];
    if (!sameOrigin || typeof given !== 'string' || !safeEqual(given, session.csrf)) {
      reply.code(403);
      await reply.send({ error: { code: 'csrf', message: 'missing or wrong CSRF token' } });
    }
  };

  app.setErrorHandler(async (err, _request, reply) => {
    const status = (err as { statusCode?: number }).statusCode && (err as { statusCode: number }).statusCode < 500 ? (err as { statusCode: number }).statusCode : statusFor(err);
    if (status >= 500) process.stderr.write(`casefile review: ${errorMessage(err)}\n`);
    const message = err instanceof z.ZodError ? err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : errorMessage(err);
    reply.code(status);
    return { error: { code: err instanceof z.ZodError ? 'invalid-request' : errorCode(err), message } };
  });

  // The token in the URL opens a session, then the browser is sent to the clean URL.
  app.get('/', async (request, reply) => {
    const token = (request.query as Record<string, unknown>).token;
    if (typeof token === 'string') {
      const reviewer = auth.reviewerFor(token);
      if (!reviewer) {
        reply.code(401).type('text/html; charset=utf-8');
        return unauthorizedPage();
      }
      const session = auth.openSession(reviewer);
      reply.header('set-cookie', `${SESSION_COOKIE}=${session.id}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${Math.floor((session.expiresAt - Date.now()) / 1000)}`);
      return reply.redirect('/', 302);
    }
    await requireAuth(request, reply);
    if (reply.sent) return reply;
    return reply.type('text/html; charset=utf-8').send(indexHtml);
  });

  // Browsers ask for it on their own; an empty answer keeps the console clean.
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).send());

  for (const [p, type] of Object.entries(STATIC_FILES)) {
    app.get(p, { onRequest: requireAuth }, async (_request, reply) => reply.type(type).send(assets[p]));
  }

  await app.register(async (api) => {
    api.addHook('onRequest', requireAuth);
    api.addHook('preHandler', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') await requireCsrf(request, reply);
    });
    const me = (request: FastifyRequest) => request.reviewSession!;

    api.get('/api/session', async (request) => ({ reviewer: me(request).reviewer, csrf: me(request).csrf, claimTtlMs, penaltyTypes: PENALTY_TYPES, codeKinds: CODE_KINDS }));

    api.post('/api/logout', async (request, reply) => {
      auth.closeSession(me(request).id);
      reply.header('set-cookie', `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`);
      return { ok: true };
    });

    api.get('/api/queue', async (request) => {
      const q = QueueQuerySchema.parse(dropEmpty(request.query as Record<string, unknown>));
      const filter: RecordFilter = { status: 'pending', sort: 'confidence-desc', ...q };
      const [records, total, facets] = await Promise.all([
        store.listRecords({ ...filter, limit: q.limit ?? 100 }),
        store.countRecords({ ...filter, limit: undefined, offset: undefined }),
        store.facets(),
      ]);
      return {
        total,
        facets,
        records: records.map((s) => ({
          id: s.record.id,
          status: s.status,
          person: s.record.person.name,
          court: s.record.court,
          date: s.record.date,
          confidence: s.record.confidence,
          penalties: s.record.penalties.map((p) => p.type),
          sourceId: s.sourceId,
          country: s.country,
          claimedByOther: Boolean(s.claimedBy && s.claimedBy !== me(request).claimant),
        })),
      };
    });

    api.post('/api/next', async (request) => {
      const body = NextSchema.parse(request.body ?? {});
      const next = await store.claimNext({ reviewer: me(request).claimant, claimTtlMs, excludeIds: body.exclude, filter: dropEmpty(body.filter) });
      return { view: next ? await buildRecordView(store, next) : null };
    });

    api.get('/api/records/:id', async (request) => {
      const stored = await store.getRecord((request.params as { id: string }).id);
      if (!stored) throw new StoreError('not-found', 'no such record');
      return { view: await buildRecordView(store, stored) };
    });

    api.post('/api/records/:id/claim', async (request, reply) => {
      const claimed = await store.claim((request.params as { id: string }).id, me(request).claimant, claimTtlMs);
      if (!claimed) {
        reply.code(409);
        return { error: { code: 'claim-held', message: 'another analyst is reviewing this record' } };
      }
      return { view: await buildRecordView(store, claimed) };
    });

    api.post('/api/records/:id/release', async (request) => {
      await store.release((request.params as { id: string }).id, me(request).claimant);
      return { ok: true };
    });

    api.post('/api/records/:id/decision', async (request) => {
      const body = DecisionSchema.parse(request.body);
      const id = (request.params as { id: string }).id;
      if (body.record && body.record.id !== id) throw new StoreError('invalid-record', 'the edited record has another id');
      const stored = await store.decide(id, { reviewer: me(request).reviewer, claimant: me(request).claimant, action: body.action, reason: body.reason ?? null, record: body.record });
      changed({ recordId: id, action: body.action, status: stored.status, reviewer: me(request).reviewer });
      return { stored };
    });

    api.post('/api/records/:id/edit', async (request) => {
      const body = EditSchema.parse(request.body);
      const id = (request.params as { id: string }).id;
      if (body.record.id !== id) throw new StoreError('invalid-record', 'the edited record has another id');
      const stored = await store.editRecord(id, body.record, me(request).reviewer, me(request).claimant);
      changed({ recordId: id, action: 'edit', status: stored.status, reviewer: me(request).reviewer });
      return { view: await buildRecordView(store, stored) };
    });

    api.post('/api/undo', async (request) => {
      const restored = await store.undoLast(me(request).reviewer, me(request).claimant);
      if (restored) changed({ recordId: restored.record.id, action: 'undo', status: restored.status, reviewer: me(request).reviewer });
      return { view: restored ? await buildRecordView(store, restored) : null };
    });

    api.get('/api/records/:id/audit', async (request) => ({ entries: await store.audit({ recordId: (request.params as { id: string }).id }) }));

    api.get('/api/persons', async (request) => {
      const q = z.object({ name: z.string().max(200).optional() }).parse(request.query);
      return { persons: await store.persons({ name: q.name || undefined, limit: 200 }) };
    });

    api.get('/api/persons/timeline', async (request) => {
      const q = z.object({ key: z.string().min(1).max(500) }).parse(request.query);
      const person = await store.personTimeline(q.key);
      if (!person) throw new StoreError('not-found', 'no such person');
      return { person };
    });

    api.get('/api/merge-proposals', async () => ({ proposals: await store.mergeProposals() }));

    api.post('/api/merges', async (request) => {
      const body = MergeSchema.parse(request.body);
      await store.decideMerge(body.a, body.b, body.merge, me(request).reviewer);
      return { ok: true };
    });
  });

  if (options.extraRoutes) await options.extraRoutes(app, requireAuth, hooks);

  const host = options.host ?? '127.0.0.1';
  await app.listen({ port: options.port ?? 0, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const baseUrl = `http://${shownHost}:${port}/`;
  return {
    app,
    baseUrl,
    url: shared ? `${baseUrl}?token=${encodeURIComponent(shared)}` : baseUrl,
    token: shared,
    close: async () => {
      await app.close();
    },
  };
}
