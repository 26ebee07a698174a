import type { BodyKind } from '@shared/domain/types';
import type { BodyMatch } from '@shared/domain/transfer';
import { editDistance, fold, tidy } from './text';

/**
 * Nämnder as a plan's Ansvarig column writes them: several in one cell, separated by comma,
 * semicolon, line break or " och " — but "Kultur- och fritidsnämnden" is one nämnd, and so is
 * any name the plan file already knows.
 */
export interface NamedBody {
  name: string;
  /** Marked "(huvudansvarig)" in the cell. */
  lead: boolean;
}

const ROLE_NOTE = /\((huvudansvarig|huvudansvar|ansvarig|medansvarig|samordnande|sammankallande)\)/i;
const AND = /(?<!-)\s+(?:och|samt|&)\s+/i;

function clean(part: string): string {
  return part.replace(ROLE_NOTE, ' ').replace(/\s+/g, ' ').replace(/^[-–•*\s]+|[.\s]+$/g, '').trim();
}

export function splitBodies(cell: string, knownNames: Set<string>): NamedBody[] {
  const result: NamedBody[] = [];
  for (const part of cell.split(/[,;\n]/)) {
    const pieces = knownNames.has(tidy(clean(part))) ? [part] : part.split(AND);
    for (const piece of pieces) {
      const name = clean(piece);
      if (name === '') continue;
      const lead = /\(huvudansvar(ig)?\)|\(samordnande\)|\(sammankallande\)/i.test(piece);
      if (!result.some((r) => tidy(r.name) === tidy(name))) result.push({ name, lead });
    }
  }
  // The lead comes first: the one marked, else the first named.
  const marked = result.findIndex((r) => r.lead);
  if (marked > 0) result.unshift(...result.splice(marked, 1));
  return result;
}

export interface KnownBody { id: number; name: string }

/**
 * The same name (ignoring case and spacing) is the same nämnd. A name that differs only in accents
 * or a letter or two is a *near* match: offered to the user, never merged on our own.
 */
export function matchBody(name: string, bodies: KnownBody[]): BodyMatch {
  const exact = bodies.find((b) => tidy(b.name) === tidy(name));
  if (exact) return { kind: 'existing', bodyId: exact.id, bodyName: exact.name };
  const folded = fold(name);
  const limit = folded.length >= 10 ? 2 : 1;
  const near = bodies
    .map((b) => ({ body: b, distance: editDistance(folded, fold(b.name), limit) }))
    .filter((c) => c.distance <= limit && folded.length >= 4)
    .sort((a, b) => a.distance - b.distance || a.body.name.localeCompare(b.body.name, 'sv'));
  if (near.length > 0) return { kind: 'near', candidates: near.map((c) => ({ bodyId: c.body.id, name: c.body.name })) };
  return { kind: 'new' };
}

/** A guess good enough for a new nämnd; the user can change it under Nämnder. */
export function guessBodyKind(name: string): BodyKind {
  if (/styrelse/i.test(name)) return 'styrelse';
  if (/\bab\b|bolag/i.test(name)) return 'bolag';
  return 'namnd';
}
