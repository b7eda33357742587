/**
 * robots.txt per origin shared by all workers through Redis, expiring after
 * the cache TTL, so a site's robots.txt is fetched once per TTL for the whole
 * fleet rather than once per worker.
 */
import type { RobotsEntry, RobotsState } from '../src/fetch/robots';
import { ownKey, type RedisClient } from './connection';

export class RedisRobotsState implements RobotsState {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  keyFor(origin: string): string {
    return ownKey(this.prefix, 'robots', origin);
  }

  async get(origin: string): Promise<RobotsEntry | null> {
    const raw = await this.redis.get(this.keyFor(origin));
    if (raw === null) return null;
    try {
      const e = JSON.parse(raw) as RobotsEntry;
      return typeof e.status === 'number' && typeof e.body === 'string' && typeof e.fetchedAtMs === 'number' ? e : null;
    } catch {
      return null; // a damaged entry is fetched again
    }
  }

  async set(origin: string, entry: RobotsEntry, ttlMs: number): Promise<void> {
    await this.redis.set(this.keyFor(origin), JSON.stringify(entry), 'PX', Math.max(1000, Math.round(ttlMs)));
  }
}
