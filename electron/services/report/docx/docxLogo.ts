import { ImageRun, LineRuleType, Paragraph } from 'docx';
import type { Logo } from '@shared/domain/settings';
import { intrinsicLogoSize, logoDrawSize } from '@shared/report/logoSize';
import { genitive } from '@shared/text';

/**
 * The kommun's logo as a Word paragraph, for report covers and svar: a PNG as it is, an SVG with
 * a PNG drawn from it for word processors without SVG. The paragraph's line height is automatic,
 * so LibreOffice shows the whole picture.
 */
export type DrawSvg = (svg: string, width: number, height: number) => Promise<Uint8Array>;

export async function logoParagraph(logo: Logo, municipality: string, draw: DrawSvg): Promise<Paragraph> {
  const { width, height } = logoDrawSize(logo);
  const data = Buffer.from(logo.base64, 'base64');
  const name = municipality ? `${genitive(municipality)} logotyp` : 'Logotyp';
  const altText = { name, title: name, description: name };
  const image = logo.type === 'image/png'
    ? new ImageRun({ type: 'png', data, transformation: { width, height }, altText })
    // Drawn at twice the size, as the charts are, so the fallback is sharp in print.
    : new ImageRun({
      type: 'svg', data, transformation: { width, height }, altText,
      fallback: { type: 'png', data: await draw(sizedSvg(data.toString('utf8'), intrinsicLogoSize(logo), width * 2, height * 2), width * 2, height * 2) },
    });
  return new Paragraph({ spacing: { before: 0, after: 240, line: 240, lineRule: LineRuleType.AUTO }, children: [image] });
}

/** The SVG drawn into a box of the given size: its own width and height replaced, a viewBox added if it had none. */
function sizedSvg(svg: string, intrinsic: { width: number; height: number }, width: number, height: number): string {
  const body = svg.replace(/^[\s\S]*?(<svg\b)/i, '$1');
  return body.replace(/<svg\b([^>]*)>/i, (_, attributes: string) => {
    const rest = attributes.replace(/\s(width|height)\s*=\s*(["'])[^"']*\2/gi, '');
    const viewBox = /\sviewBox\s*=/i.test(rest) ? '' : ` viewBox="0 0 ${intrinsic.width} ${intrinsic.height}"`;
    return `<svg${rest}${viewBox} width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet">`;
  });
}
