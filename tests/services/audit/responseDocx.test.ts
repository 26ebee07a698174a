import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { buildResponseModel } from '../../../electron/services/audit/responseModel';
import { DOCX_MIME, renderResponseDocx } from '../../../electron/services/audit/responseDocx';
import { listAudits } from '../../../electron/services/audit/audits';
import { updateRecommendationResponse } from '../../../electron/services/audit/recommendations';
import type { AuditDetail, Body } from '@shared/domain/types';
import { capturePlatform } from '../../helpers/capturePlatform';
import { updateSettings } from '../../../electron/services/settings/documentSettings';
import { tempDir, withDemoPlan } from '../../helpers/planFile';
import { docxText, readZipEntry } from '../../helpers/zipEntry';
import { auditFixture } from './auditFixture';
import { requireSoffice } from '../../helpers/libreOffice';

const SCREENSHOTS = join(import.meta.dirname, '../../../test-results/screenshots');
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('Svar på revisionsrapport (DOCX)', () => {
  let docx: Uint8Array;
  let audit: AuditDetail;
  let sn: Body;

  beforeAll(async () => {
    const { session, ctx } = withDemoPlan();
    updateSettings(ctx, { administration: 'Socialförvaltningen' });
    const platform = capturePlatform();
    sn = (await dispatch(session, 'listBodies', {}) as { value: Body[] }).value.find((b) => b.name === 'Socialnämnden')!;
    audit = (await dispatch(session, 'getAudit', { id: listAudits(ctx)[0].id }) as { value: AuditDetail }).value;
    const result = await dispatch({ ...session, platform }, 'exportAuditResponse', { auditId: audit.id, bodyId: sn.id });
    expect(result).toEqual({ ok: true, value: { kind: 'saved', path: '/test/Svar på revisionsrapport – Socialnämnden.docx' } });
    expect(platform.files[0].mimeType).toBe(DOCX_MIME);
    docx = platform.files[0].bytes;
  });

  it('quotes every recommendation to the nämnd and follows each with the nämnd’s answer, in order', () => {
    const text = flat(docxText(readZipEntry(docx, 'word/document.xml')));
    const mine = audit.recommendations.filter((r) => r.addressees.some((a) => a.bodyId === sn.id));
    expect(mine.length).toBeGreaterThan(1);
    let at = 0;
    for (const rec of mine) {
      const answer = rec.addressees.find((a) => a.bodyId === sn.id)!;
      const quoted = text.indexOf(flat(rec.text), at);
      expect(quoted, rec.text).toBeGreaterThan(-1);
      const answered = text.indexOf(flat(answer.response), quoted);
      expect(answered, answer.response).toBeGreaterThan(quoted);
      if (answer.plannedMeasures) expect(text).toContain(flat(answer.plannedMeasures));
      at = answered;
    }
    for (const rec of audit.recommendations.filter((r) => !mine.includes(r))) expect(text).not.toContain(flat(rec.text));
  });

  it('has the tjänsteutlåtande’s sections as real Word headings, the quotes in the Quote style, Swedish language', () => {
    const xml = readZipEntry(docx, 'word/document.xml');
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g)].map((m) => docxText(m[0]).trim());
    expect(headings).toEqual(['Förvaltningens förslag till beslut', 'Sammanfattning', 'Bakgrund', 'Ärendet', 'Ärendets beredning', 'Förvaltningens synpunkter', 'Bilaga']);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('<w:pStyle w:val="Quote"/>');
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>.*?Rekommendation 2/);
    const styles = readZipEntry(docx, 'word/styles.xml');
    expect(styles).toContain('<w:lang w:val="sv-SE"/>');
    expect(styles).toMatch(/w:styleId="Heading1"><w:name w:val="Heading 1"\/>/);
    expect(docxText(xml)).toContain('Socialnämnden godkänner förvaltningens tjänsteutlåtande som svar på revisionsrapporten');
    expect(readZipEntry(docx, 'docProps/core.xml')).toContain('Svar på revisionsrapport – Granskning av kommunens arbete');
  });

  it('is opened by LibreOffice (converted to PDF) with the sections on the pages', (context) => {
    const soffice = requireSoffice(context);
    const dir = tempDir();
    const path = join(dir, 'svar.docx');
    writeFileSync(path, docx);
    const result = spawnSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, path],
      { encoding: 'utf8', timeout: 170_000 });
    expect(result.status, result.stderr).toBe(0);
    const pdf = join(dir, 'svar.pdf');
    expect(existsSync(pdf)).toBe(true);
    const text = flat(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    for (const section of ['Förvaltningens förslag till beslut', 'Sammanfattning', 'Bakgrund', 'Ärendet', 'Förvaltningens synpunkter']) {
      expect(text).toContain(section);
    }
    // Page 1 as an image, for a person to look at.
    mkdirSync(SCREENSHOTS, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, join(SCREENSHOTS, 'svar-docx-sida-1')]);
  }, 180_000);

  it('leaves a missing answer out rather than printing a placeholder, and escapes what the user typed', async () => {
    const { ctx, ks, sn, audit: fixtureAudit, r1 } = auditFixture();
    updateRecommendationResponse(ctx, { recommendationId: r1.id, bodyId: ks.id, patch: { response: 'KS svarar <snart> & gärna.' } });
    const snText = flat(docxText(readZipEntry(await renderResponseDocx(buildResponseModel(ctx, { auditId: fixtureAudit.id, bodyId: sn.id })), 'word/document.xml')));
    expect(snText).toContain('Systematiskt kartlägga våldet i kommunen & analysera <resultatet>.');
    expect(snText).not.toContain('[');
    expect(snText).toContain('Rekommendationen riktas också till kommunstyrelsen.');
    const ksText = flat(docxText(readZipEntry(await renderResponseDocx(buildResponseModel(ctx, { auditId: fixtureAudit.id, bodyId: ks.id })), 'word/document.xml')));
    expect(ksText).toContain('KS svarar <snart> & gärna.');
    expect(ksText).not.toContain('Systematiskt kartlägga');
  });

  it('refuses a nämnd that is neither audited nor addressed, an unknown granskning or nämnd', async () => {
    const { session, bun, audit: fixtureAudit } = auditFixture();
    const refused = async (input: unknown): Promise<string> => {
      const result = await dispatch({ ...session, platform: capturePlatform() }, 'exportAuditResponse', input);
      if (result.ok) throw new Error('accepted');
      return result.error.message;
    };
    expect(await refused({ auditId: fixtureAudit.id, bodyId: bun.id }))
      .toBe('Barn- och utbildningsnämnden är inte granskad i ”Granskning av arbetet mot våld i nära relationer” och har inga rekommendationer att svara på.');
    expect(await refused({ auditId: 999, bodyId: bun.id })).toBe('Granskningen finns inte (id 999).');
    expect(await refused({ auditId: fixtureAudit.id, bodyId: 999 })).toBe('Nämnden finns inte (id 999).');
  });
});
