import type { ReportBlock } from './model';

/**
 * The strateg types plain text: a blank line starts a new paragraph, and lines beginning with
 * "- " or "• " make a bulleted list. Nothing else is markup, so pasted text cannot break the report.
 */
const BULLET = /^\s*[-•▶]\s+/;

export function textToBlocks(text: string): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    if (lines.length === 0) continue;
    if (lines.every((l) => BULLET.test(l))) blocks.push({ type: 'list', items: lines.map((l) => l.replace(BULLET, '')) });
    else blocks.push({ type: 'paragraph', text: lines.join(' ') });
  }
  return blocks;
}

/** The list items of a text (one per line, bullets optional): recommendations are written this way. */
export function textToItems(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.replace(BULLET, '').trim()).filter((l) => l.length > 0);
}
