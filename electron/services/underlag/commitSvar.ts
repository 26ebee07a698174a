import type { SvarImportResult } from '@shared/domain/transfer';
import type { ServiceContext } from '../context';
import { createSource } from '../plan/sources';
import { createStatusReport } from '../plan/statusReports';
import { inTransaction } from '../records';
import type { SvarFile } from './svarFile';
import { buildSvarPreview, type SvarOptions } from './svarPreview';

/** A källa named in the svar: the existing one with that title, else a new one (one per title). */
function sourceFinder(ctx: ServiceContext, publisher: string): (title: string) => number | null {
  const cache = new Map<string, number>();
  const find = ctx.db.prepare('SELECT id FROM source WHERE title = ? COLLATE NOCASE ORDER BY id LIMIT 1');
  return (title) => {
    if (title === '') return null;
    const key = title.toLocaleLowerCase('sv');
    let id = cache.get(key) ?? (find.get(title) as { id: number } | undefined)?.id;
    id ??= createSource(ctx, { title, publisher, publishedOn: null, reference: '', url: '' }).id;
    cache.set(key, id);
    return id;
  };
}

/**
 * Reads a returned underlag in one transaction: one status report per answered row that is not
 * already in the file (with the row's utfall), from the nämnd the underlag was sent to, for the chosen period. Reading the
 * same file again finds every row already there and writes nothing.
 */
export function commitSvar(ctx: ServiceContext, file: SvarFile, fileName: string, options: SvarOptions): SvarImportResult {
  return inTransaction(ctx, () => {
    const preview = buildSvarPreview(ctx, file, fileName, options);
    const sourceId = sourceFinder(ctx, preview.bodyName);
    let created = 0;
    for (const row of preview.rows) {
      if (row.outcome !== 'create' || row.actionId === null || row.newStatus === null) continue;
      createStatusReport(ctx, {
        actionId: row.actionId, reportedOn: preview.reportedOn, status: row.newStatus, assessment: null, comment: row.comment,
        sourceId: sourceId(row.source), period: preview.period, reportedBy: preview.reportedBy, bodyId: preview.bodyId,
        measureValues: row.values.map((v) => ({ measureId: v.measureId, value: v.value, comment: '' })),
      });
      created++;
    }
    return { created, alreadyImported: preview.counts.already, notRead: preview.counts.unknown + preview.counts.altered };
  });
}
