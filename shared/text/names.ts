import type { BodyKind } from '../domain/types';
import { capitalise } from './sentence';

/**
 * Names of nämnder and styrelser are common nouns in Swedish and written in lower case inside a
 * sentence ("föreslår att socialnämnden godkänner"), as seeds 002 and 003 do; bolag and other
 * proper names keep their case ("Åsbackahem AB"). Only the first letter changes, and not when the
 * first word is an abbreviation ("KS") or the name is not a nämnd or styrelse.
 */
export function bodyInText(body: { name: string; kind: BodyKind }): string {
  return body.kind === 'bolag' ? body.name : nameInText(body.name);
}

/**
 * A common-noun name or title inside a sentence: "handlingsplan mot våld …", "kommunfullmäktige",
 * "kommunens arbete …". An abbreviation ("KS", "VINR-rådet") keeps its capitals.
 */
export function nameInText(name: string): string {
  if (/^\p{Lu}[\p{Lu}\d]/u.test(name)) return name;
  return name.charAt(0).toLocaleLowerCase('sv-SE') + name.slice(1);
}

/** The same name where it begins a sentence or stands alone (a heading, a table cell). */
export function bodyAtStart(body: { name: string; kind: BodyKind }): string {
  return capitalise(body.name);
}

/**
 * The genitive of a name: "socialnämndens", "Åsbackahem AB:s" (colon after an abbreviation or a
 * digit), and no extra s after s, x or z ("Västerås").
 */
export function genitive(name: string): string {
  if (/(^|\s)[\p{Lu}\d]+$/u.test(name)) return `${name}:s`;
  if (/[sxz]$/.test(name)) return name;
  return `${name}s`;
}
