import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/services/api/dispatch';
import { handoutFileName, withHandoutCsp } from '../../electron/services/dashboard/handout';
import { MAX_HANDOUT_CHARS } from '@shared/api/dashboard';
import { NO_PLATFORM, type Platform } from '../../electron/services/platform';
import { sha256, withDemoPlan } from '../helpers/planFile';

const DOC = '<!doctype html><html lang="sv"><head><title>Översikt</title></head><body><h1>Översikt</h1></body></html>';

function fakePlatform() {
  return {
    ...NO_PLATFORM,
    printToPdf: vi.fn<Platform['printToPdf']>(async () => new Uint8Array([37, 80, 68, 70])),
    deliverFile: vi.fn<Platform['deliverFile']>(async (file) => ({ kind: 'download', fileName: file.fileName, mimeType: file.mimeType, base64: 'JVBERg==' })),
  };
}

describe('exportHandout', () => {
  it('prints the document with a CSP that loads nothing from outside, and hands over the PDF', async () => {
    const { session } = withDemoPlan();
    const platform = fakePlatform();
    const result = await dispatch({ ...session, platform }, 'exportHandout', { title: 'Översikt 2026-11-26', html: DOC, landscape: true });
    expect(result).toEqual({ ok: true, value: { kind: 'download', fileName: 'Översikt 2026-11-26.pdf', mimeType: 'application/pdf', base64: 'JVBERg==' } });
    const [html, options] = platform.printToPdf.mock.calls[0];
    expect(html).toMatch(/^<!doctype html><html lang="sv"><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"><title>/);
    expect(options).toEqual({ landscape: true });
  });

  it('works on a file opened read-only: it changes nothing in the plan file', async () => {
    const { session, file } = withDemoPlan();
    const before = sha256(file.path);
    const platform = fakePlatform();
    const result = await dispatch({ ...session, readOnly: true, platform }, 'exportHandout', { title: 'Bilder', html: DOC });
    expect(result).toMatchObject({ ok: true, value: { kind: 'download', fileName: 'Bilder.pdf' } });
    expect(platform.printToPdf).toHaveBeenCalledOnce();
    expect(sha256(file.path)).toBe(before);
  });

  it('refuses what is not an HTML document, and a document over the size limit, before printing', async () => {
    const { session } = withDemoPlan();
    const platform = fakePlatform();
    const s = { ...session, platform };
    expect(await dispatch(s, 'exportHandout', { title: 'x', html: '<p>hej</p>' }))
      .toEqual({ ok: false, error: { kind: 'validation', message: 'Utskriften måste vara ett HTML-dokument.', problems: [{ field: 'html', message: 'Utskriften måste vara ett HTML-dokument.' }] } });
    const big = await dispatch(s, 'exportHandout', { title: 'x', html: DOC + ' '.repeat(MAX_HANDOUT_CHARS) });
    expect(big.ok ? '' : big.error.message).toBe(`Utskrift: får vara högst ${MAX_HANDOUT_CHARS.toLocaleString('sv-SE')} tecken.`);
    expect(platform.printToPdf).not.toHaveBeenCalled();
  });

  it('makes a file name every file system accepts', () => {
    expect(handoutFileName('Översikt: 2026/11/26 "Soc"\n')).toBe('Översikt 20261126 Soc.pdf');
    expect(handoutFileName('???')).toBe('Utskrift.pdf');
    expect(() => withHandoutCsp('<!doctype html><body></body>')).toThrow('Utskriften saknar <head>.');
  });
});
