/**
 * The small SQL surface the review store needs, so one store implementation
 * runs on both backends. SQL is written with `?` placeholders; the PostgreSQL
 * adapter numbers them ($1, $2, ...).
 */
export type Dialect = 'sqlite' | 'postgres';
export type SqlParam = string | number | null;

export interface SqlDb {
  readonly dialect: Dialect;
  all<T = Record<string, unknown>>(sql: string, params?: SqlParam[]): Promise<T[]>;
  /** runs a statement; resolves to the number of rows changed */
  run(sql: string, params?: SqlParam[]): Promise<number>;
  /** runs several statements without parameters (migrations) */
  exec(sql: string): Promise<void>;
  /** runs fn in one transaction; SQLite takes the write lock at BEGIN so claims serialise across processes */
  tx<T>(fn: (db: SqlDb) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
