import { execFileSync } from 'node:child_process';

/**
 * A PDF page as a reader sees it, through poppler: the words with their boxes in lines and blocks
 * (`pdftotext -bbox-layout`), and the page as grey pixels (`pdftoppm -gray`, a binary PGM). Used
 * to compare LibreOffice's rendering of the DOCX with Chromium's PDF (issue 15).
 */
export interface Box { xMin: number; yMin: number; xMax: number; yMax: number }
export interface Line extends Box { words: string[]; text: string }
export interface Block extends Box { lines: Line[] }
export interface LayoutPage { number: number; width: number; height: number; blocks: Block[] }

const attributes = (tag: string): Box => {
  const value = (name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(tag)?.[1] ?? 0);
  return { xMin: value('xMin'), yMin: value('yMin'), xMax: value('xMax'), yMax: value('yMax') };
};

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

export function layout(pdf: string): LayoutPage[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 128 * 1024 * 1024 });
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page, index) => ({
    number: index + 1,
    width: Number(page[1]),
    height: Number(page[2]),
    blocks: [...page[3].matchAll(/(<block [^>]*>)([\s\S]*?)<\/block>/g)].map((block) => ({
      ...attributes(block[1]),
      lines: [...block[2].matchAll(/(<line [^>]*>)([\s\S]*?)<\/line>/g)].map((line) => {
        const words = [...line[2].matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => unescape(w[1]));
        return { ...attributes(line[1]), words, text: words.join(' ') };
      }),
    })),
  }));
}

export function lines(page: LayoutPage): Line[] {
  return page.blocks.flatMap((b) => b.lines).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
}

/**
 * Words broken across two lines of one block without a hyphen: the end of a line and the start
 * of the next make a word of the document that neither is on its own ("Genomför" + "d").
 */
export function brokenWords(pages: LayoutPage[], vocabulary: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const bare = (w: string) => w.replace(/^[("”'“]+|[)"”'.,;:!?]+$/g, '');
  for (const page of pages) {
    for (const block of page.blocks) {
      for (let i = 0; i + 1 < block.lines.length; i += 1) {
        const end = bare(block.lines[i].words.at(-1) ?? '');
        const start = bare(block.lines[i + 1].words[0] ?? '');
        if (end === '' || start === '' || end.endsWith('-')) continue;
        const joined = end + start;
        if (joined.length >= 5 && vocabulary.has(joined) && !(vocabulary.has(end) && vocabulary.has(start))) {
          found.push(`sida ${page.number}: ${end}|${start}`);
        }
      }
    }
  }
  return found;
}

/** The words of a text as brokenWords compares them: split at spaces, punctuation trimmed. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).map((w) => w.replace(/^[("”'“]+|[)"”'.,;:!?]+$/g, '')).filter(Boolean);
}

export interface GreyPage { width: number; height: number; dpi: number; pixels: Uint8Array }

/** One page as 8-bit grey pixels (0 black – 255 white) at `dpi`. */
export function greyPage(pdf: string, page: number, dpi = 50): GreyPage {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), pdf], { maxBuffer: 64 * 1024 * 1024 });
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error(`pdftoppm gav ingen PGM för sida ${page}`);
  const [, width, height] = header.map(Number);
  return { width, height, dpi, pixels: new Uint8Array(pgm.subarray(header[0].length)) };
}

/**
 * The height in points of what is drawn between two heights on the page (in points from the top),
 * across the text width: from the first to the last row with anything darker than paper.
 */
export function inkHeight(page: GreyPage, fromPt: number, toPt: number, leftPt: number, rightPt: number): number {
  const scale = page.dpi / 72;
  const [top, bottom] = [Math.ceil(fromPt * scale), Math.floor(toPt * scale)];
  const [left, right] = [Math.floor(leftPt * scale), Math.ceil(rightPt * scale)];
  let first = -1;
  let last = -1;
  for (let y = Math.max(0, top); y < Math.min(page.height, bottom); y += 1) {
    for (let x = Math.max(0, left); x < Math.min(page.width, right); x += 1) {
      if (page.pixels[y * page.width + x] < 200) {
        if (first < 0) first = y;
        last = y;
        break;
      }
    }
  }
  return first < 0 ? 0 : (last - first + 1) / scale;
}

export interface Found { page: LayoutPage; yMin: number; yMax: number }

/**
 * Where a text stands, possibly over several lines of one block (a long caption wraps): the first
 * place after `after` where consecutive lines of a block make exactly `text`.
 */
export function findText(pages: LayoutPage[], text: string, after?: Found): Found | null {
  const wanted = text.replace(/\s+/g, ' ').trim();
  for (const page of pages) {
    if (after && page.number < after.page.number) continue;
    for (const block of page.blocks) {
      for (let i = 0; i < block.lines.length; i += 1) {
        const first = block.lines[i];
        if (after && page.number === after.page.number && first.yMin <= after.yMax) continue;
        let joined = '';
        for (let j = i; j < block.lines.length; j += 1) {
          joined = joined ? `${joined} ${block.lines[j].text}` : block.lines[j].text;
          if (joined === wanted) return { page, yMin: first.yMin, yMax: block.lines[j].yMax };
          if (!wanted.startsWith(joined)) break;
        }
      }
    }
  }
  return null;
}
