import type { ServiceContext } from '../context';
import type { Deletable, DeleteImpact } from '@shared/domain/types';
import { notFound } from '@shared/errors';
import { CHILDREN, primaryKey } from '../db/foreignKeys';

/** What the user is shown before a delete: what goes with it, in Swedish, counted from the schema. */
const SUBJECT: Record<Deletable, { sql: string; label: string }> = {
  plan: { sql: "SELECT name AS name FROM plan WHERE id = ?", label: 'Planen' },
  area: { sql: "SELECT name AS name FROM area WHERE id = ?", label: 'Utvecklingsområdet' },
  action: { sql: "SELECT trim(number || ' ' || title) AS name FROM action WHERE id = ?", label: 'Åtgärden' },
  status_report: { sql: "SELECT 'från ' || reported_on AS name FROM status_report WHERE id = ?", label: 'Lägesrapporten' },
  body: { sql: "SELECT name AS name FROM body WHERE id = ?", label: 'Nämnden' },
  source: { sql: "SELECT title AS name FROM source WHERE id = ?", label: 'Källan' },
  audit: { sql: "SELECT title AS name FROM audit WHERE id = ?", label: 'Granskningen' },
  audit_question: { sql: "SELECT question AS name FROM audit_question WHERE id = ?", label: 'Revisionsfrågan' },
  recommendation: { sql: "SELECT text AS name FROM recommendation WHERE id = ?", label: 'Rekommendationen' },
  indicator: { sql: "SELECT code || ' ' || text AS name FROM indicator WHERE id = ?", label: 'Indikatorn' },
  measure: { sql: "SELECT name AS name FROM measure WHERE id = ?", label: 'Måttet' },
};

/** Singular and plural of what a delete can take with it; link tables the user never sees are left out. */
const NOUNS: Record<string, [string, string]> = {
  area: ['utvecklingsområde', 'utvecklingsområden'],
  action: ['åtgärd', 'åtgärder'],
  status_report: ['lägesrapport', 'lägesrapporter'],
  report_text: ['sparad rapporttext', 'sparade rapporttexter'],
  audit_question: ['revisionsfråga', 'revisionsfrågor'],
  recommendation: ['rekommendation', 'rekommendationer'],
  recommendation_body: ['svar från en nämnd', 'svar från nämnder'],
  recommendation_followup: ['uppföljning av rekommendation', 'uppföljningar av rekommendationer'],
  recommendation_action: ['koppling till en rekommendation', 'kopplingar till rekommendationer'],
  indicator_value: ['årsvärde', 'årsvärden'],
  meeting_note: ['mötesanteckning', 'mötesanteckningar'],
  measure: ['mått', 'mått'],
  measure_value: ['utfall', 'utfall'],
  audit_response: ['sparat svarsutkast', 'sparade svarsutkast'],
};

/** `seen` keeps a row reachable on two paths (a meeting note: via its plan and its åtgärd) from counting twice. */
function countCascade(ctx: ServiceContext, table: string, ids: number[], counts: Record<string, number>,
  seen = new Map<string, Set<number>>()): void {
  for (const link of CHILDREN[table] ?? []) {
    if (link.onDelete !== 'cascade' || ids.length === 0) continue;
    const placeholders = ids.map(() => '?').join(', ');
    const hasId = primaryKey(link.table).join() === 'id';
    let rows = ctx.db.prepare(`SELECT ${hasId ? 'id' : '1 AS id'} FROM ${link.table} WHERE ${link.column} IN (${placeholders})`).all(...ids) as { id: number }[];
    if (hasId) {
      const counted = seen.get(link.table) ?? new Set<number>();
      seen.set(link.table, counted);
      rows = rows.filter((r) => !counted.has(r.id));
      for (const r of rows) counted.add(r.id);
    }
    counts[link.table] = (counts[link.table] ?? 0) + rows.length;
    if (hasId) countCascade(ctx, link.table, rows.map((r) => r.id), counts, seen);
  }
}

function listPhrase(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
}

export function getDeleteImpact(ctx: ServiceContext, input: { entity: Deletable; id: number }): DeleteImpact {
  const subject = SUBJECT[input.entity];
  const row = ctx.db.prepare(subject.sql).get(input.id) as { name: string } | undefined;
  if (!row) throw notFound(`${subject.label} finns inte (id ${input.id}).`);
  const name = `${subject.label} ”${row.name.length > 80 ? `${row.name.slice(0, 80)}…` : row.name}”`;

  const restricting = (CHILDREN[input.entity] ?? []).filter((l) => l.onDelete === 'restrict');
  const uses = restricting.reduce((n, l) => n + (ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${l.table} WHERE ${l.column} = ?`).get(input.id) as { n: number }).n, 0);
  if (uses > 0) {
    return { message: `${name} används i planen och i granskningar och kan inte tas bort. Markera den som inaktiv i stället.`, counts: {}, blocked: true };
  }
  const counts: Record<string, number> = {};
  countCascade(ctx, input.entity, [input.id], counts);
  const parts = Object.entries(counts)
    .filter(([table, n]) => n > 0 && NOUNS[table])
    .map(([table, n]) => `${n} ${n === 1 ? NOUNS[table][0] : NOUNS[table][1]}`);
  const nulled = (CHILDREN[input.entity] ?? []).filter((l) => l.onDelete === 'set null')
    .reduce((n, l) => n + (ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${l.table} WHERE ${l.column} = ?`).get(input.id) as { n: number }).n, 0);
  let message = parts.length > 0 ? `${name} tas bort tillsammans med ${listPhrase(parts)}.` : `${name} tas bort.`;
  if (nulled > 0) message += ` ${nulled} ${nulled === 1 ? 'lägesrapport' : 'lägesrapporter'} förlorar sin källhänvisning.`;
  message += ' Du kan ångra med Ctrl+Z.';
  return { message, counts, blocked: false };
}
