import type { ServiceContext } from '../context';
import { Problems } from '../validation';

/**
 * The nämnder a granskning or a rekommendation names must exist, each once. Its own file so
 * audits.ts and recommendations.ts both use it without importing each other.
 */
export function checkBodiesExist(ctx: ServiceContext, field: string, bodyIds: number[]): void {
  const problems = new Problems();
  const exists = ctx.db.prepare('SELECT 1 FROM body WHERE id = ?');
  for (const bodyId of bodyIds) problems.check(exists.get(bodyId) !== undefined, field, `Okänd nämnd (id ${bodyId}).`);
  problems.check(new Set(bodyIds).size === bodyIds.length, field, 'Samma nämnd är angiven flera gånger.');
  problems.throwIfAny();
}
