import { MAX_LOGO_BYTES, type LogoType } from '@shared/domain/settings';
import { invalid } from '@shared/errors';
import { formatNumber } from '@shared/text';

/**
 * A logo is printed on report covers and svar, so it must be an image and nothing else: a PNG
 * (its signature and header chunk), or an SVG that cannot run anything or fetch anything when a
 * PDF printer, Word or LibreOffice draws it — no script, no event attributes, no foreignObject,
 * no DOCTYPE or entities, and no reference outside the file itself. At most 1 MB.
 */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What the SVG may not hold, with the reason the user is told. */
const SVG_REFUSALS: [RegExp, string][] = [
  [/<\s*script\b/i, 'innehåller skript'],
  [/\son[a-z]+\s*=/i, 'innehåller skript (händelseattribut)'],
  [/javascript\s*:/i, 'innehåller skript'],
  [/<\s*foreignObject\b/i, 'innehåller inbäddat innehåll (foreignObject)'],
  [/<!\s*(DOCTYPE|ENTITY)\b/i, 'innehåller en DOCTYPE eller entiteter'],
  [/<\?xml-stylesheet\b/i, 'hänvisar till en extern stilmall'],
  [/@import\b/i, 'hänvisar till en extern stilmall'],
  // href and xlink:href may only point inside the file ("#id") or hold an embedded raster image; url() likewise.
  [/\b(?:xlink:)?href\s*=\s*["'](?!#|data:image\/(?:png|jpeg|gif);base64,)/i, 'hänvisar till en extern fil eller adress'],
  [/\bsrc\s*=\s*["']/i, 'hänvisar till en extern fil eller adress'],
  [/url\(\s*["']?(?!#)/i, 'hänvisar till en extern fil eller adress'],
];

function isPng(bytes: Uint8Array): boolean {
  return bytes.length > 33 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)
    && String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
}

function svgProblem(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'är inte en SVG-bild (texten är inte UTF-8)';
  }
  if (!/<svg[\s>]/i.test(text) || /\0/.test(text)) return 'är inte en SVG-bild';
  for (const [pattern, reason] of SVG_REFUSALS) if (pattern.test(text)) return reason;
  return null;
}

function megabytes(bytes: number): string {
  return `${formatNumber(Math.ceil((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

/** Throws a Swedish validation error on the field Logotyp when the file is not an acceptable logo. */
export function checkLogo(bytes: Uint8Array, type: LogoType, name: string): void {
  if (bytes.length === 0) throw invalid('logo', `Logotypen ${name} är tom.`);
  if (bytes.length > MAX_LOGO_BYTES) {
    throw invalid('logo', `Logotypen ${name} är ${megabytes(bytes.length)}. Den får vara högst 1 MB; välj en mindre bild.`);
  }
  if (type === 'image/png') {
    if (!isPng(bytes)) throw invalid('logo', `Logotypen ${name} är inte en PNG-bild. Välj en PNG- eller SVG-fil.`);
    return;
  }
  const problem = svgProblem(bytes);
  if (problem) throw invalid('logo', `Logotypen ${name} ${problem} och kan inte användas. Välj en PNG-bild eller en SVG utan skript och externa hänvisningar.`);
}
