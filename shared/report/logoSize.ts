import type { Logo } from '../domain/settings';

/**
 * How big the logo is drawn on a cover or a svar: 1.5 cm high at most and 6 cm wide at most,
 * keeping its proportions. The intrinsic size is read from the PNG's header or the SVG's
 * width, height or viewBox (the file was checked when it was saved: electron/services/settings/logoCheck.ts).
 */
export const LOGO_BOX = { width: 227, height: 57 }; // CSS pixels: 6 cm × 1.5 cm

function decode(base64: string, bytes: number): Uint8Array {
  const binary = atob(base64.slice(0, Math.ceil(bytes / 3) * 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function svgSize(text: string): { width: number; height: number } | null {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0] ?? '';
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']\\s*([\\d.]+)\\s*(px)?\\s*["']`, 'i').exec(tag)?.[1];
  const width = Number(attribute('width'));
  const height = Number(attribute('height'));
  if (width > 0 && height > 0) return { width, height };
  const box = /\sviewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*["']/i.exec(tag);
  return box && Number(box[1]) > 0 && Number(box[2]) > 0 ? { width: Number(box[1]), height: Number(box[2]) } : null;
}

export function intrinsicLogoSize(logo: Pick<Logo, 'type' | 'base64'>): { width: number; height: number } {
  if (logo.type === 'image/png') {
    const header = decode(logo.base64, 24);
    const view = new DataView(header.buffer);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  return svgSize(new TextDecoder().decode(decode(logo.base64, logo.base64.length))) ?? { width: 240, height: 80 };
}

/** The drawn size in CSS pixels, within LOGO_BOX. */
export function logoDrawSize(logo: Pick<Logo, 'type' | 'base64'>): { width: number; height: number } {
  const { width, height } = intrinsicLogoSize(logo);
  const scale = Math.min(LOGO_BOX.width / width, LOGO_BOX.height / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}
