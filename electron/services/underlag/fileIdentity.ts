import type { ServiceContext } from '../context';

/** This plan file's random identity (migration 0060), which ties an underlag to the file it came from. */
export function fileIdentity(ctx: ServiceContext): string {
  const row = ctx.db.prepare("SELECT value FROM file_meta WHERE key = 'file_id'").get() as { value: string } | undefined;
  if (!row) throw new Error('file_meta.file_id saknas');
  return row.value;
}
