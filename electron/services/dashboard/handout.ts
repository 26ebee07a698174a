import type { HandoutResult } from '@shared/domain/dashboard';
import { invalid } from '@shared/errors';
import type { Platform } from '../platform';

/**
 * Handouts for a meeting's papers: the dashboard or the presentation's slides as the renderer drew
 * them (a self-contained HTML document with inline CSS and SVG), printed to a tagged PDF.
 * The printer runs with JavaScript off; a CSP added here also keeps it from loading anything
 * that is not in the document itself.
 */
const HANDOUT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export function withHandoutCsp(html: string): string {
  if (!/^\s*<!doctype html>/i.test(html)) throw invalid('html', 'Utskriften måste vara ett HTML-dokument.');
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw invalid('html', 'Utskriften saknar <head>.');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${HANDOUT_CSP}">${html.slice(at)}`;
}

/** "Översikt 2026-11-26.pdf": characters no file system accepts are dropped. */
export function handoutFileName(title: string): string {
  const printable = [...title].filter((c) => c.charCodeAt(0) >= 32).join('');
  const name = printable.replace(/[\\/:*?"<>|]/g, '').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${name || 'Utskrift'}.pdf`;
}

export async function exportHandout(platform: Platform, input: { title: string; html: string; landscape: boolean }): Promise<HandoutResult> {
  const bytes = await platform.printToPdf(withHandoutCsp(input.html), { landscape: input.landscape });
  return platform.deliverFile({ fileName: handoutFileName(input.title), mimeType: 'application/pdf', bytes });
}
