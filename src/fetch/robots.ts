/**
 * robots.txt rules per origin, cached with pluggable state (memory here, Redis
 * in the distributed mode). 4xx means "no rules"; 5xx or unreachable means
 * "disallow everything" for now, as RFC 9309 asks.
 */
import robotsParser from 'robots-parser';

export interface RobotsEntry {
  /** HTTP status of /robots.txt (0 when unreachable) */
  status: number;
  body: string;
  fetchedAtMs: number;
}

/** Where robots.txt bodies are kept between lookups. */
export interface RobotsState {
  get(origin: string): Promise<RobotsEntry | null>;
  set(origin: string, entry: RobotsEntry, ttlMs: number): Promise<void>;
}

export class MemoryRobotsState implements RobotsState {
  private readonly entries = new Map<string, RobotsEntry>();
  async get(origin: string): Promise<RobotsEntry | null> {
    return this.entries.get(origin) ?? null;
  }
  async set(origin: string, entry: RobotsEntry): Promise<void> {
    this.entries.set(origin, entry);
  }
}

export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** Crawl-delay for our agent, in ms, or null */
  crawlDelayMs: number | null;
  sitemaps: string[];
  /** robots.txt could not be read (5xx, unreachable): nothing may be fetched now, but later may */
  unavailable?: boolean;
}

export type RobotsFetcher = (robotsUrl: string) => Promise<{ status: number; body: string }>;

export interface RobotsCacheOptions {
  state?: RobotsState;
  /** robots.txt is re-read after this long; a day is what large crawlers use */
  ttlMs?: number;
  /** product token matched against User-agent lines */
  userAgentToken?: string;
  /** an unreachable or failing robots.txt (crawl nothing) is asked again after this long */
  errorTtlMs?: number;
}

const ALLOW_ALL: RobotsRules = { isAllowed: () => true, crawlDelayMs: null, sitemaps: [] };
const UNAVAILABLE: RobotsRules = { isAllowed: () => false, crawlDelayMs: null, sitemaps: [], unavailable: true };

export class RobotsCache {
  private readonly state: RobotsState;
  private readonly ttlMs: number;
  private readonly token: string;
  private readonly errorTtlMs: number;
  private readonly parsed = new Map<string, { rules: RobotsRules; fetchedAtMs: number; ttlMs: number }>();
  private readonly inFlight = new Map<string, Promise<RobotsRules>>();

  constructor(private readonly fetchRobots: RobotsFetcher, opts: RobotsCacheOptions = {}) {
    this.state = opts.state ?? new MemoryRobotsState();
    this.ttlMs = opts.ttlMs ?? 24 * 3600 * 1000;
    this.token = opts.userAgentToken ?? 'casefile';
    this.errorTtlMs = opts.errorTtlMs ?? 10 * 60 * 1000;
  }

  private ttlOf(entry: RobotsEntry): number {
    return entry.status === 0 || entry.status >= 500 ? Math.min(this.errorTtlMs, this.ttlMs) : this.ttlMs;
  }

  async rulesFor(url: string): Promise<RobotsRules> {
    const origin = new URL(url).origin;
    const cached = this.parsed.get(origin);
    if (cached && Date.now() - cached.fetchedAtMs < cached.ttlMs) return cached.rules;
    let pending = this.inFlight.get(origin);
    if (!pending) {
      pending = this.load(origin).finally(() => this.inFlight.delete(origin));
      this.inFlight.set(origin, pending);
    }
    return pending;
  }

  /** True when the rules for the URL's origin are at hand: rulesFor() will not fetch robots.txt. */
  isCached(url: string): boolean {
    const cached = this.parsed.get(new URL(url).origin);
    return cached !== undefined && Date.now() - cached.fetchedAtMs < cached.ttlMs;
  }

  async isAllowed(url: string): Promise<boolean> {
    return (await this.rulesFor(url)).isAllowed(url);
  }

  private async load(origin: string): Promise<RobotsRules> {
    let entry = await this.state.get(origin);
    if (!entry || Date.now() - entry.fetchedAtMs >= this.ttlOf(entry)) {
      let res: { status: number; body: string };
      try {
        res = await this.fetchRobots(`${origin}/robots.txt`);
      } catch (err) {
        // A host we may not connect to, or that does not exist, fails as such, not as "robots.txt unreachable".
        const code = (err as { code?: unknown })?.code;
        if (code === 'private-address' || code === 'dns') throw err;
        res = { status: 0, body: '' };
      }
      entry = { status: res.status, body: res.body, fetchedAtMs: Date.now() };
      await this.state.set(origin, entry, this.ttlOf(entry));
    }
    const rules = this.toRules(origin, entry);
    this.parsed.set(origin, { rules, fetchedAtMs: entry.fetchedAtMs, ttlMs: this.ttlOf(entry) });
    return rules;
  }

  private toRules(origin: string, entry: RobotsEntry): RobotsRules {
    if (entry.status >= 400 && entry.status < 500) return ALLOW_ALL;
    if (entry.status === 0 || entry.status >= 500) return UNAVAILABLE;
    const robot = robotsParser(`${origin}/robots.txt`, entry.body);
    const token = this.token;
    const delay = robot.getCrawlDelay(token);
    return {
      isAllowed: (url: string) => robot.isAllowed(url, token) !== false,
      crawlDelayMs: typeof delay === 'number' && delay > 0 ? Math.round(delay * 1000) : null,
      sitemaps: robot.getSitemaps(),
    };
  }
}
