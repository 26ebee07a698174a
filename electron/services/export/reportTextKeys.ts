/**
 * Report text keys that hold an id (see YEARLY_KEYS in report/yearlyTexts.ts and BODY_KEYS in
 * report/bodyReport.ts): "omrade.12.bedomning", "namnd.3.sammanfattning", "rekommendation.3".
 * Ids differ between plan files, so the JSON export writes `*` in the id's place and names the
 * område or nämnd beside it; a restore puts the new id back.
 */
const AREA_KEY = /^(omrade\.)(\d+)((?:\..+)?)$/;
const BODY_KEY = /^((?:namnd|rekommendation)\.)(\d+)((?:\..+)?)$/;

export interface KeyReference {
  /** The key with `*` in place of the id. */
  key: string;
  kind: 'area' | 'body';
  id: number;
}

/** The id a key holds, or null for a key about the whole report ("sammanfattning"). */
export function keyReference(key: string): KeyReference | null {
  for (const [pattern, kind] of [[AREA_KEY, 'area'], [BODY_KEY, 'body']] as const) {
    const match = pattern.exec(key);
    if (match) return { key: `${match[1]}*${match[3]}`, kind, id: Number(match[2]) };
  }
  return null;
}

/** Puts an id back into a key written with `*`. */
export function keyWithId(portableKey: string, id: number): string {
  return portableKey.replace('*', String(id));
}

export function hasIdPlaceholder(key: string): boolean {
  return keyReference(keyWithId(key, 1)) !== null && key.includes('*');
}
