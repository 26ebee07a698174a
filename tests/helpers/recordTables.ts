import type { Database } from 'better-sqlite3';

/**
 * Records the SQL a piece of code prepares on `db` and names the tables it reads: each statement
 * is explained by SQLite (EXPLAIN), and every b-tree it opens is mapped, through sqlite_master's
 * root pages, to its table (an index to the table it indexes). Views and CTEs are so resolved to
 * the tables underneath, by SQLite itself rather than by parsing SQL.
 */
export function recordSql(db: Database): { statements: Set<string>; stop: () => void } {
  const statements = new Set<string>();
  const original = db.prepare.bind(db);
  const spy = ((sql: string) => {
    statements.add(sql);
    return original(sql);
  }) as Database['prepare'];
  db.prepare = spy;
  return { statements, stop: () => { db.prepare = original; } };
}

interface Opcode { opcode: string; p2: number; p3: number }

export function tablesOf(db: Database, statements: Iterable<string>): Set<string> {
  const byRoot = new Map<number, string>(
    (db.prepare("SELECT rootpage, tbl_name FROM sqlite_master WHERE rootpage > 0").all() as { rootpage: number; tbl_name: string }[])
      .map((r) => [r.rootpage, r.tbl_name]),
  );
  const tables = new Set<string>();
  for (const sql of statements) {
    if (/^\s*(PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(sql)) continue;
    for (const op of explain(db, sql)) {
      if ((op.opcode === 'OpenRead' || op.opcode === 'OpenWrite') && op.p3 === 0) {
        const table = byRoot.get(op.p2);
        if (table !== undefined && !table.startsWith('sqlite_')) tables.add(table);
      }
    }
  }
  return tables;
}

/** EXPLAIN binds nothing, but better-sqlite3 insists on as many values as the statement has parameters. */
function explain(db: Database, sql: string): Opcode[] {
  const statement = db.prepare(`EXPLAIN ${sql}`);
  const named = [...new Set(sql.match(/[@:$][A-Za-z_]\w*/g) ?? [])].map((p) => p.slice(1));
  if (named.length > 0) return statement.all(Object.fromEntries(named.map((n) => [n, null]))) as Opcode[];
  for (let count = 0; count < 1000; count++) {
    try {
      return statement.all(...new Array<null>(count).fill(null)) as Opcode[];
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  throw new Error(`Could not explain: ${sql}`);
}
