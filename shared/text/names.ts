import type { BodyKind } from '../domain/types';
import { capitalise } from './sentence';

/**
 * Names of nämnder and styrelser are common nouns in Swedish and written in lower case inside a
 * sentence ("föreslår att socialnämnden godkänner"), as seeds 002 and 003 do; bolag and other
 * proper names keep their case ("Åsbackahem AB"). Only the first letter changes, and not when the
 * first word is an abbreviation ("KS") or the name is not a nämnd or styrelse.
 */
export function bodyInText(body: { name: string; kind: BodyKind }): string {
  if (body.kind === 'bolag') return body.name;
  if (/^\p{Lu}[\p{Lu}\d]/u.test(body.name)) return body.name;
  return body.name.charAt(0).toLocaleLowerCase('sv-SE') + body.name.slice(1);
}

/** The same name where it begins a sentence or stands alone (a heading, a table cell). */
export function bodyAtStart(body: { name: string; kind: BodyKind }): string {
  return capitalise(body.name);
}
