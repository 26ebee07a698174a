import type { ServiceContext } from '../context';
import type { Source, SourceKind } from '@shared/domain/types';
import { notFound } from '@shared/errors';
import { logCreate, logDelete } from '../changeLog';
import { deleteRows, inTransaction, insertRow, updateColumns, type ColumnMap } from '../records';

interface SourceRow { id: number; title: string; publisher: string; published_on: string | null; reference: string; url: string; kind: SourceKind; version: number }

const COLUMNS: ColumnMap<Source> = {
  title: 'title', publisher: 'publisher', publishedOn: 'published_on', reference: 'reference', url: 'url', kind: 'kind',
};

export function toSource(row: SourceRow): Source {
  return {
    id: row.id, title: row.title, publisher: row.publisher, publishedOn: row.published_on, reference: row.reference, url: row.url, kind: row.kind, version: row.version,
  };
}

/** What a new källa needs; a document unless it says it is an intervju. */
export type SourceFields = Omit<Source, 'id' | 'kind' | 'version'> & { kind?: SourceKind };

export function listSources(ctx: ServiceContext): Source[] {
  return (ctx.db.prepare('SELECT * FROM source ORDER BY title COLLATE NOCASE, id').all() as SourceRow[]).map(toSource);
}

export function getSource(ctx: ServiceContext, id: number): Source {
  const row = ctx.db.prepare('SELECT * FROM source WHERE id = ?').get(id) as SourceRow | undefined;
  if (!row) throw notFound(`Källan finns inte (id ${id}).`);
  return toSource(row);
}

export function createSource(ctx: ServiceContext, input: SourceFields): Source {
  return inTransaction(ctx, () => {
    const kind = input.kind ?? 'dokument';
    const id = insertRow(ctx, 'source', {
      title: input.title, publisher: input.publisher, published_on: input.publishedOn, reference: input.reference, url: input.url, kind,
    });
    logCreate(ctx, 'source', id, { ...input, kind });
    return getSource(ctx, id);
  });
}

export function updateSource(ctx: ServiceContext, input: { id: number; patch: Partial<Omit<Source, 'id' | 'version'>> }): Source {
  return inTransaction(ctx, () => {
    const before = getSource(ctx, input.id);
    updateColumns(ctx, { table: 'source', entity: 'source', id: input.id, columns: COLUMNS, before, patch: input.patch });
    return getSource(ctx, input.id);
  });
}

/** Status reports that cite the source keep their text; the link is cleared (ON DELETE SET NULL). */
export function deleteSource(ctx: ServiceContext, id: number): null {
  return inTransaction(ctx, () => {
    const before = getSource(ctx, id);
    deleteRows(ctx, 'source', { id: id });
    logDelete(ctx, 'source', id, before);
    return null;
  });
}
