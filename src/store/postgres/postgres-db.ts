/**
 * SqlDb on node-postgres: a pool, `?` placeholders numbered to $n, and an
 * optional schema (search_path) so tests and deployments can keep the
 * store's tables apart.
 */
import { Pool, type PoolClient } from 'pg';
import type { SqlDb, SqlParam } from '../sql-db';

export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** node-postgres falls back to $USER, which service containers often lack; 'postgres' is the usual superuser. */
export function defaultUser(url: URL): string | undefined {
  return url.username ? decodeURIComponent(url.username) : process.env.PGUSER || process.env.USER || 'postgres';
}

type Queryable = Pick<PoolClient, 'query'>;

function dbOn(q: Queryable, tx: SqlDb['tx'], close: SqlDb['close']): SqlDb {
  return {
    dialect: 'postgres',
    all: async <T>(sql: string, params: SqlParam[] = []) => (await q.query(numberPlaceholders(sql), params)).rows as T[],
    run: async (sql, params = []) => (await q.query(numberPlaceholders(sql), params)).rowCount ?? 0,
    exec: async (sql) => {
      await q.query(sql);
    },
    tx,
    close,
  };
}

/** `schema` may also come from the URL as ?schema=NAME (removed before connecting). */
export function openPostgresDb(url: string, schema?: string): { sql: SqlDb; pool: Pool; schema: string | null } {
  const parsed = new URL(url);
  const fromUrl = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  const searchPath = schema ?? fromUrl ?? null;
  // search_path as a startup option: set before any query on every pooled connection.
  const pool = new Pool({
    connectionString: parsed.toString(),
    max: 5,
    user: defaultUser(parsed),
    ...(searchPath ? { options: `-c search_path=${quoteIdent(searchPath)}` } : {}),
  });
  // An idle client losing its connection must not crash the process.
  pool.on('error', (err) => process.stderr.write(`casefile: postgres pool error: ${err.message}\n`));
  const tx: SqlDb['tx'] = async (fn) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const inner: SqlDb = dbOn(client, async (f) => f(inner), async () => undefined);
      const result = await fn(inner);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  };
  const sql = dbOn(pool, tx, async () => pool.end());
  return { sql, pool, schema: searchPath };
}
