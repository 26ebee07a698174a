import { editConflict } from '@shared/errors';
import { formatMoment } from '@shared/dates';
import type { ParsedInput } from '@shared/api/contract';
import type { ServiceContext } from '../context';
import { VERSIONED_UPDATES, type VersionedCall, type VersionedUpdate } from './versionedUpdates';

/** When the change log has no row for the record (a file from before the log): still a conflict, said without a name. */
const SOMEONE = 'någon annan';

/**
 * Refuses a save made from an older copy of the record (server mode, issue 17): the form sent the
 * version it loaded, and someone has saved since. The refusal carries who and when (the record's
 * newest change-log row), the version now, and their values of the fields this save tried to
 * change, so the form can show them beside the user's own. Runs inside the save's transaction
 * (dispatch), so nobody can slip in between the check and the write. No version given: no check.
 */
export function refuseOldVersion<K extends VersionedCall>(ctx: ServiceContext, name: K, input: ParsedInput<K>): void {
  const expected = (input as { version?: number }).version;
  if (expected === undefined) return;
  const update = VERSIONED_UPDATES[name] as VersionedUpdate<K>;
  const target = update.target(ctx.db, input);
  let now = 0;
  if (target !== null) {
    const columns = Object.keys(target.where);
    const row = ctx.db.prepare(`SELECT version FROM ${target.table} WHERE ${columns.map((c) => `${c} = ?`).join(' AND ')}`)
      .get(...columns.map((c) => target.where[c])) as { version: number } | undefined;
    if (!row) return; // gone: the service says so in its own words
    now = row.version;
  }
  if (now === expected) return;
  const last = target === null ? undefined : ctx.db.prepare('SELECT user, at FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1')
    .get(target.entity, target.entityId) as { user: string; at: string } | undefined;
  const record = update.current(ctx, input) as Record<string, unknown>;
  const theirs = Object.fromEntries(update.fields(input).filter((field) => field in record).map((field) => [field, record[field]]));
  const by = last?.user ?? SOMEONE;
  const when = last ? ` ${formatMoment(last.at, ctx.today())}` : '';
  throw editConflict(`Ändrad av ${by}${when} – din ändring har inte sparats.`, { by, at: last?.at ?? '', version: now, theirs });
}
