/**
 * Sentences the app writes: a capital first letter and a full stop. A generated sentence must
 * never begin with a digit (write "Av 31 åtgärder är 13 …", not "13 av 31 …"); tests check every
 * generated text with startsWithDigit.
 */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}

/** Capitalised, with a full stop unless it already ends with . ! ? or : */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) return '';
  return capitalise(/[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`);
}

/** The sentences of a text, for checking them: split after . ! ? followed by a space or a line break. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.replace(/^[-•▶]\s+/, '').trim()).filter((s) => s.length > 0);
}

export function startsWithDigit(sentenceText: string): boolean {
  return /^[\s"”'(]*[0-9]/.test(sentenceText);
}
