/**
 * Who may review: one random token per start (the Jupyter convention) or
 * named reviewers with their own tokens for a team. A valid token opens a
 * cookie session; each session carries its own CSRF token for POSTs.
 * Example: CASEFILE_REVIEWERS="ann:s3cret-ann,bob:s3cret-bob" casefile review
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A working day; after that the analyst opens the printed URL again. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'casefile_session';

export interface Reviewer {
  name: string;
  token: string;
}

export interface Session {
  id: string;
  reviewer: string;
  /** claims are per session, so two analysts sharing one token still never get the same record */
  claimant: string;
  csrf: string;
  expiresAt: number;
}

export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** Parses "ann:token1,bob:token2" (names and tokens without commas or colons). */
export function parseReviewers(spec: string): Reviewer[] {
  const out: Reviewer[] = [];
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const i = part.indexOf(':');
    const name = i > 0 ? part.slice(0, i).trim() : '';
    const token = i > 0 ? part.slice(i + 1).trim() : '';
    if (!name || token.length < 12) throw new Error(`reviewer entry '${i > 0 ? name : part}' needs the form name:token with a token of 12 characters or more`);
    out.push({ name, token });
  }
  return out;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

export class ReviewerAuth {
  private readonly sessions = new Map<string, Session>();

  constructor(readonly reviewers: Reviewer[]) {
    if (!reviewers.length) throw new Error('at least one reviewer token is needed');
  }

  /** The reviewer a token belongs to, compared in constant time. */
  reviewerFor(token: string | undefined | null): string | null {
    if (!token) return null;
    const given = digest(token);
    let found: string | null = null;
    for (const r of this.reviewers) if (timingSafeEqual(given, digest(r.token))) found = r.name;
    return found;
  }

  openSession(reviewer: string): Session {
    this.sweep();
    const id = randomToken(32);
    const session: Session = { id, reviewer, claimant: `${reviewer}~${id.slice(0, 8)}`, csrf: randomToken(24), expiresAt: Date.now() + SESSION_TTL_MS };
    this.sessions.set(id, session);
    return session;
  }

  session(id: string | undefined): Session | null {
    if (!id) return null;
    const s = this.sessions.get(id);
    if (!s) return null;
    if (s.expiresAt < Date.now()) {
      this.sessions.delete(id);
      return null;
    }
    return s;
  }

  closeSession(id: string): void {
    this.sessions.delete(id);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, s] of this.sessions) if (s.expiresAt < now) this.sessions.delete(id);
  }
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i <= 0) continue;
    const k = part.slice(0, i).trim();
    try {
      out[k] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      // a malformed cookie is ignored, never fatal
    }
  }
  return out;
}

export function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}
