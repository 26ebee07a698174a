import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { Platform } from '../../../electron/services/platform';
import { withDemoPlan } from '../../helpers/planFile';

/** exportReport through the API, with a platform that records what it is given instead of printing. */
function fakePlatform(): Platform & { printed: string[] } {
  const printed: string[] = [];
  return {
    printed,
    printToPdf: vi.fn(async (html: string) => { printed.push(html); return new Uint8Array([37, 80, 68, 70]); }),
    rasterizeSvg: vi.fn(async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    deliverFiles: vi.fn(async () => ({ kind: 'cancelled' as const })),
    deliverFile: vi.fn(async (file) => ({ kind: 'download' as const, fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') })),
  };
}

describe('exportReport', () => {
  it('prints the report HTML to PDF and hands the file to the platform', async () => {
    const { session } = withDemoPlan();
    const platform = fakePlatform();
    const result = await dispatch({ ...session, platform }, 'exportReport', { kind: 'arsrapport', planId: 1, year: 2025, format: 'pdf' });
    expect(result).toEqual({ ok: true, value: { kind: 'download', fileName: 'uppfoljning-2025.pdf', mimeType: 'application/pdf', base64: 'JVBERg==' } });
    expect(platform.printed[0]).toMatch(/^<!doctype html>\n<html lang="sv">/);
  });

  it('draws each chart through the platform for the DOCX, named after the nämnd for its report', async () => {
    const { session, ctx } = withDemoPlan();
    const platform = fakePlatform();
    const sn = (ctx.db.prepare("SELECT id FROM body WHERE name = 'Socialnämnden'").get() as { id: number }).id;
    const result = await dispatch({ ...session, platform }, 'exportReport', { kind: 'namnd', planId: 1, year: 2025, bodyId: sn, format: 'docx' });
    expect(result.ok && (result.value as { fileName: string }).fileName).toBe('uppfoljning-2025-socialnamnden.docx');
    expect(platform.rasterizeSvg).toHaveBeenCalledTimes(1);
  });

  it('refuses an unknown format in Swedish before anything is printed', async () => {
    const { session } = withDemoPlan();
    const platform = fakePlatform();
    const result = await dispatch({ ...session, platform }, 'exportReport', { kind: 'arsrapport', planId: 1, year: 2025, format: 'odt' });
    expect(result.ok).toBe(false);
    expect(platform.printToPdf).not.toHaveBeenCalled();
  });
});
