/**
 * SqlDb on better-sqlite3: WAL mode so several processes (crawler, workers,
 * review server) share one file. Calls are serialised through one promise
 * chain so an async transaction never interleaves with another call.
 */
import Database from 'better-sqlite3';
import type { SqlDb, SqlParam } from '../sql-db';

/** Another process may hold the write lock briefly (a crawler saving a page): wait rather than fail. */
const BUSY_TIMEOUT_MS = 10_000;

/** Statements are prepared once per SQL text; the store issues a few dozen distinct ones. */
const MAX_CACHED_STATEMENTS = 500;

class SqliteStatementRunner {
  private readonly cache = new Map<string, Database.Statement>();
  constructor(readonly db: Database.Database) {}
  private prepare(sql: string): Database.Statement {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      if (this.cache.size >= MAX_CACHED_STATEMENTS) this.cache.clear();
      this.cache.set(sql, stmt);
    }
    return stmt;
  }
  all<T>(sql: string, params: SqlParam[] = []): T[] {
    return this.prepare(sql).all(...params) as T[];
  }
  run(sql: string, params: SqlParam[] = []): number {
    return this.prepare(sql).run(...params).changes;
  }
}

function innerDb(runner: SqliteStatementRunner): SqlDb {
  const inner: SqlDb = {
    dialect: 'sqlite',
    all: async (sql, params) => runner.all(sql, params),
    run: async (sql, params) => runner.run(sql, params),
    exec: async (sql) => {
      runner.db.exec(sql);
    },
    tx: async (fn) => fn(inner),
    close: async () => undefined,
  };
  return inner;
}

export function openSqliteDb(file: string): { sql: SqlDb; db: Database.Database } {
  const db = new Database(file);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  const runner = new SqliteStatementRunner(db);
  const inner = innerDb(runner);
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };
  const sql: SqlDb = {
    dialect: 'sqlite',
    all: (q, p) => serial(async () => runner.all(q, p)),
    run: (q, p) => serial(async () => runner.run(q, p)),
    exec: (q) => serial(async () => void db.exec(q)),
    tx: (fn) =>
      serial(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(inner);
          db.exec('COMMIT');
          return result;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      }),
    close: () => serial(async () => void db.close()),
  };
  return { sql, db };
}
