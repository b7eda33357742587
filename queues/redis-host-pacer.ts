/**
 * Per-host politeness shared by every worker on every machine: the last
 * request time and the reservation horizon per host live in Redis and are
 * read and written by one Lua script using Redis's own clock, so two workers
 * on two machines never start requests to one host closer than its interval.
 */
import type { HostPaceState } from '../src/fetch/host-pacer';
import { ownKey, type RedisClient } from './connection';

/**
 * KEYS[1] host hash {last, next, free}; ARGV[1] intervalMs; ARGV[2] reserved slot (ms, or -1).
 * A request may start when the interval since the last start has passed, the
 * host is free (the interval since the last response ended, see PUSHBACK) and
 * either the caller holds a reservation or nobody is queued ahead (now >= next).
 * Otherwise the caller gets the next free slot, spaced by the interval.
 * Returns {1, 0, now} to go, {0, waitMs, slot} to wait.
 */
const GATE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local reserved = tonumber(ARGV[2])
local last = tonumber(redis.call('HGET', KEYS[1], 'last') or '0')
local nextFree = tonumber(redis.call('HGET', KEYS[1], 'next') or '0')
local free = tonumber(redis.call('HGET', KEYS[1], 'free') or '0')
if now >= last + interval and now >= free and (reserved >= 0 or now >= nextFree) then
  redis.call('HSET', KEYS[1], 'last', now)
  if nextFree < now + interval then nextFree = now + interval; redis.call('HSET', KEYS[1], 'next', nextFree) end
  redis.call('PEXPIRE', KEYS[1], nextFree - now + 60000)
  return {1, 0, now}
end
local slot = math.max(nextFree, last + interval, free, now)
redis.call('HSET', KEYS[1], 'next', slot + interval)
redis.call('PEXPIRE', KEYS[1], slot + interval - now + 60000)
return {0, slot - now, slot}
`;

/** KEYS[1] host hash; ARGV[1] intervalMs. The embedded pacer's contract: reserve max(now, next). */
const RESERVE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local nextFree = tonumber(redis.call('HGET', KEYS[1], 'next') or '0')
local free = tonumber(redis.call('HGET', KEYS[1], 'free') or '0')
local slot = math.max(nextFree, free, now)
redis.call('HSET', KEYS[1], 'next', slot + interval, 'last', slot)
redis.call('PEXPIRE', KEYS[1], slot + interval - now + 60000)
return {slot - now, slot}
`;

/** KEYS[1] host hash; ARGV[1] ms from now. After a response: nothing starts before now + ARGV[1]. */
const PUSHBACK_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local at = now + tonumber(ARGV[1])
local free = tonumber(redis.call('HGET', KEYS[1], 'free') or '0')
if at > free then redis.call('HSET', KEYS[1], 'free', at) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < at - now + 60000 then redis.call('PEXPIRE', KEYS[1], at - now + 60000) end
return at
`;

export type GateResult = { go: true; atMs: number } | { go: false; waitMs: number; slotMs: number };

type PacerRedis = RedisClient & {
  casefileHostGate(key: string, intervalMs: number, reservedMs: number): Promise<[number, number, number]>;
  casefileHostReserve(key: string, intervalMs: number): Promise<[number, number]>;
  casefileHostPushBack(key: string, inMs: number): Promise<number>;
};

const DEFINED = new WeakSet<RedisClient>();

export class RedisHostPacer implements HostPaceState {
  private readonly redis: PacerRedis;

  constructor(
    redis: RedisClient,
    private readonly prefix: string,
  ) {
    if (!DEFINED.has(redis)) {
      redis.defineCommand('casefileHostGate', { numberOfKeys: 1, lua: GATE_SCRIPT });
      redis.defineCommand('casefileHostReserve', { numberOfKeys: 1, lua: RESERVE_SCRIPT });
      redis.defineCommand('casefileHostPushBack', { numberOfKeys: 1, lua: PUSHBACK_SCRIPT });
      DEFINED.add(redis);
    }
    this.redis = redis as PacerRedis;
  }

  keyFor(host: string): string {
    return ownKey(this.prefix, 'pace', host);
  }

  /**
   * Asks to start a request to `host` now. `reservedSlotMs` is the slot a
   * previous call handed this job (or null on its first try).
   */
  async gate(host: string, intervalMs: number, reservedSlotMs: number | null): Promise<GateResult> {
    if (intervalMs <= 0) return { go: true, atMs: Date.now() };
    const [go, waitMs, at] = await this.redis.casefileHostGate(this.keyFor(host), Math.round(intervalMs), reservedSlotMs ?? -1);
    return go === 1 ? { go: true, atMs: Number(at) } : { go: false, waitMs: Number(waitMs), slotMs: Number(at) };
  }

  /** HostPaceState for the embedded pacer when it runs against Redis: the slot in the caller's clock. */
  async reserve(host: string, intervalMs: number, nowMs: number): Promise<number> {
    const [waitMs] = await this.redis.casefileHostReserve(this.keyFor(host), Math.round(intervalMs));
    return nowMs + Number(waitMs);
  }

  /** After a response: the host's next request waits until atMs (the caller's clock). */
  async pushBack(host: string, atMs: number): Promise<void> {
    await this.redis.casefileHostPushBack(this.keyFor(host), Math.max(0, Math.round(atMs - Date.now())));
  }
}
