import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createRecommendationFollowup, updateRecommendationResponse } from '../../../electron/services/audit/recommendations';
import { svarDocument, type SvarDocument } from '../../../electron/services/audit/responseDocument';
import { renderResponseDocx } from '../../../electron/services/audit/responseDocx';
import { getAuditResponse, saveAuditResponse } from '../../../electron/services/audit/responseDrafts';
import { buildResponseModel } from '../../../electron/services/audit/responseModel';
import { listChanges } from '../../../electron/services/changeLog';
import { updateSettings } from '../../../electron/services/settings/documentSettings';
import { undoLastChange } from '../../../electron/services/undo/undoJournal';
import type { ResponseForm } from '@shared/domain/auditResponse';
import { sentencesOf, startsWithDigit } from '@shared/text';
import { capturePlatform } from '../../helpers/capturePlatform';
import { docxText, readZipEntry } from '../../helpers/zipEntry';
import { auditFixture } from './auditFixture';

/**
 * Issue 15, point 5: the svar på revisionsrapport in both forms nämnder use — the förvaltning's
 * tjänsteutlåtande (seed 003) and the nämnd's own yttrande to the revisorer (seed 002) — with the
 * svar's texts kept per granskning and nämnd, no placeholder ever, the nämnd in lower case
 * mid-sentence, and the planned measures as written in the svar rather than today's follow-up.
 */
const FULL = {
  officerName: 'Maria Karlsson', officerTitle: 'Avdelningschef', officerPhone: '0123-456 78', diaryNumber: 'SN 2026/77',
  summary: 'Socialnämnden instämmer i huvudsak i revisorernas bedömning och redovisar nedan vad nämnden gör.',
  preparation: 'Ärendet har beretts vid avdelningen för stöd och omsorg.',
  stance: 'I huvudsak ställer sig socialnämnden bakom de rekommendationer som revisorerna ger.',
  otherRecommendations: 'Socialnämnden bidrar gärna till kommunstyrelsens arbete med uppföljningen.',
  decidedOn: '2026-12-10', paragraph: '112', chairName: 'Helena Berg', directorName: 'Veronica Strand', directorTitle: 'Socialdirektör',
};

function texts(document: SvarDocument): string[] {
  return document.blocks.flatMap((b) => {
    switch (b.type) {
      case 'facts': return b.rows.map(([label, value]) => `${label} ${value}`);
      case 'questions': return b.rows.flatMap((r) => [r.question, r.answer]);
      case 'signatures': return b.people.flatMap((p) => [p.name, ...p.lines]);
      case 'numbered': case 'bullets': return b.items;
      default: return [b.text];
    }
  });
}

async function docxOf(ctx: ReturnType<typeof auditFixture>['ctx'], auditId: number, bodyId: number, form: ResponseForm): Promise<{ xml: string; text: string }> {
  const xml = readZipEntry(await renderResponseDocx(buildResponseModel(ctx, { auditId, bodyId }), form), 'word/document.xml');
  return { xml, text: docxText(xml).replace(/[ \t]+/g, ' ') };
}

describe('svar på revisionsrapport in both forms', () => {
  it('writes the tjänsteutlåtande with its sections in order, signed by förvaltningschef and handläggare', async () => {
    const { ctx, sn, audit, r1 } = auditFixture();
    updateSettings(ctx, { administration: 'Socialförvaltningen' });
    saveAuditResponse(ctx, { auditId: audit.id, bodyId: sn.id, patch: FULL });
    updateRecommendationResponse(ctx, { recommendationId: r1.id, bodyId: sn.id, patch: { response: 'Nämnden följer upp planen varje tertial.', plannedMeasures: 'Tertialrapport', deadline: '2027-03-31' } });
    const { xml, text } = await docxOf(ctx, audit.id, sn.id, 'tjansteutlatande');
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g)].map((m) => docxText(m[0]).trim());
    expect(headings).toEqual(['Förvaltningens förslag till beslut', 'Sammanfattning', 'Bakgrund', 'Ärendet', 'Ärendets beredning', 'Förvaltningens synpunkter', 'Bilaga']);
    for (const expected of [
      'Handläggare Maria Karlsson, Avdelningschef', 'Telefon 0123-456 78', 'Dnr SN 2026/77', 'Båda rapportens rekommendationer riktas till socialnämnden.', FULL.summary, FULL.preparation,
      'Veronica Strand\nSocialdirektör\nSocialförvaltningen', 'Maria Karlsson\nAvdelningschef\nSocialförvaltningen',
      'Förvaltningen föreslår att socialnämnden godkänner detta tjänsteutlåtande som svar på revisionsrapporten.',
      'KPMG på uppdrag av revisorerna har granskat arbetet mot våld i nära relationer (rapport 2026-10-15, dnr REV 2026/4).',
      'Planerade åtgärder: Tertialrapport. Klart senast 31 mars 2027.',
    ]) expect(text).toContain(expected);
  });

  it('writes the yttrande to the kommunens revisorer: stance, each recommendation quoted and answered, the other nämnders, decision and ordförande', async () => {
    const { ctx, ks, audit, r1, r2 } = auditFixture();
    updateSettings(ctx, { municipality: 'Åsbacka kommun' });
    saveAuditResponse(ctx, { auditId: audit.id, bodyId: ks.id, patch: FULL });
    for (const [rec, answer] of [[r1, 'KS ansvarar för den årliga uppföljningen.']] as const) {
      updateRecommendationResponse(ctx, { recommendationId: rec.id, bodyId: ks.id, patch: { response: answer } });
    }
    const { xml, text } = await docxOf(ctx, audit.id, ks.id, 'yttrande');
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('<w:pStyle w:val="Quote"/>');
    for (const expected of [
      'Till Kommunens revisorer', 'Från Kommunstyrelsen', 'Yttrande över revisionsrapport – Granskning av arbetet mot våld i nära relationer',
      FULL.stance, r1.text, 'KS ansvarar för den årliga uppföljningen.',
      'Nedan beskrivs vad kommunstyrelsen planerar att göra med anledning av den rekommendation som revisorerna riktar till nämnden.',
      'Rekommendationer till andra nämnder', `${r2.text} (till socialnämnden)`, FULL.otherRecommendations,
      'Beslutat av kommunstyrelsen den 10 december 2026, § 112.', 'Åsbacka den 10 december 2026', 'Helena Berg\nOrdförande\nKommunstyrelsen',
    ]) expect(text).toContain(expected);
    // Only the recommendation to this nämnd is quoted and answered; the other is listed for the comment.
    expect(xml.match(/<w:pStyle w:val="Quote"\/>/g)).toHaveLength(1);
  });

  it('never prints a placeholder, and lists what is empty instead (what the export asks about)', () => {
    const { ctx, sn, audit } = auditFixture();
    const model = buildResponseModel(ctx, { auditId: audit.id, bodyId: sn.id });
    const tu = svarDocument(model, 'tjansteutlatande');
    const ytt = svarDocument(model, 'yttrande');
    expect(tu.missing).toEqual(['Handläggare', 'Sammanfattning', 'Ärendets beredning', 'Förvaltningschef', 'Svar på rekommendation 1', 'Svar på rekommendation 2']);
    expect(ytt.missing).toEqual(['Nämndens ställningstagande', 'Beslutsdatum', 'Paragraf', 'Ordförande', 'Svar på rekommendation 1', 'Svar på rekommendation 2']);
    for (const document of [tu, ytt]) {
      const all = texts(document).join('\n');
      expect(all).not.toMatch(/\[|\]/);
      expect(all).not.toMatch(/\b(?:Namn, telefon|Sammanfatta|skriv .* här)\b/i);
    }
    saveAuditResponse(ctx, { auditId: audit.id, bodyId: sn.id, patch: FULL });
    expect(svarDocument(buildResponseModel(ctx, { auditId: audit.id, bodyId: sn.id }), 'yttrande').missing).toEqual(['Svar på rekommendation 1', 'Svar på rekommendation 2']);
  });

  it('writes nämnder in lower case mid-sentence and never begins a sentence with a digit', () => {
    const { ctx, sn, ks, audit } = auditFixture();
    saveAuditResponse(ctx, { auditId: audit.id, bodyId: sn.id, patch: FULL });
    for (const form of ['tjansteutlatande', 'yttrande'] as const) {
      for (const body of [sn, ks]) {
        const document = svarDocument(buildResponseModel(ctx, { auditId: audit.id, bodyId: body.id }), form);
        for (const block of document.blocks) {
          if (block.type !== 'paragraph') continue;
          for (const sentence of sentencesOf(block.text)) {
            expect(startsWithDigit(sentence), sentence).toBe(false);
            expect(sentence, sentence).not.toMatch(/\p{Ll} (Socialnämnden|Kommunstyrelsen)\b/u);
          }
        }
      }
    }
    const text = texts(svarDocument(buildResponseModel(ctx, { auditId: audit.id, bodyId: sn.id }), 'tjansteutlatande')).join('\n');
    expect(text).toContain('Granskningen omfattar socialnämnden och kommunstyrelsen.');
    const toKs = texts(svarDocument(buildResponseModel(ctx, { auditId: audit.id, bodyId: ks.id }), 'tjansteutlatande')).join('\n');
    expect(toKs).toContain('Till kommunstyrelsen riktas en av rapportens två rekommendationer.');
    expect(toKs).toContain('Rekommendationen riktas också till socialnämnden.');
  });

  it('prints the planned measure and deadline as written in the svar, not today’s follow-up status', async () => {
    const { ctx, sn, audit, r1 } = auditFixture();
    updateRecommendationResponse(ctx, { recommendationId: r1.id, bodyId: sn.id, patch: { response: 'Vi gör det.', plannedMeasures: 'Årlig rapport', deadline: '2027-06-30' } });
    const before = (await docxOf(ctx, audit.id, sn.id, 'tjansteutlatande')).text;
    createRecommendationFollowup(ctx, { recommendationId: r1.id, bodyId: sn.id, reportedOn: '2026-11-20', status: 'genomford', comment: 'Klart.', reportedBy: 'Anna' });
    const after = (await docxOf(ctx, audit.id, sn.id, 'tjansteutlatande')).text;
    expect(after).toBe(before);
    expect(after).not.toMatch(/Status:|Genomförd|Pågående|Ej påbörjad/);
    expect(after).toContain('Klart senast 30 juni 2027.');
  });

  it('keeps the texts per granskning and nämnd, change-logged and undone with one Ctrl+Z', async () => {
    const { ctx, session, sn, ks, audit } = auditFixture();
    const saved = await dispatch(session, 'saveAuditResponse', { auditId: audit.id, bodyId: sn.id, patch: { summary: '  Kort sammanfattning.  ', officerName: 'Maria' } });
    expect(saved).toMatchObject({ ok: true, value: { summary: '  Kort sammanfattning.  ', officerName: 'Maria', bodyId: sn.id } });
    expect(getAuditResponse(ctx, { auditId: audit.id, bodyId: ks.id })).toMatchObject({ summary: '', officerName: '', updatedAt: null });
    expect(listChanges(ctx, { since: '2000-01-01', limit: 10 }).filter((c) => c.entity === 'audit_response').map((c) => c.field))
      .toEqual(expect.arrayContaining(['summary', 'officerName']));
    undoLastChange(ctx);
    expect(getAuditResponse(ctx, { auditId: audit.id, bodyId: sn.id })).toMatchObject({ summary: '', officerName: '', updatedAt: null });
  });

  it('refuses an export, a check or a save without the nämnd or the granskning, naming the field, and a nämnd with nothing to answer', async () => {
    const { session, bun, audit } = auditFixture();
    const refused = async (call: 'exportAuditResponse' | 'checkAuditResponse' | 'saveAuditResponse', input: unknown): Promise<string> => {
      const result = await dispatch({ ...session, platform: capturePlatform() }, call, input);
      if (result.ok) throw new Error('accepted');
      return result.error.message;
    };
    expect(await refused('exportAuditResponse', { auditId: audit.id })).toBe('Nämnd: saknas.');
    expect(await refused('checkAuditResponse', { bodyId: bun.id, form: 'yttrande' })).toBe('Granskning: saknas.');
    expect(await refused('exportAuditResponse', { auditId: audit.id, bodyId: bun.id, form: 'brev' })).toBe('Form: måste vara ett av: tjansteutlatande, yttrande.');
    expect(await refused('saveAuditResponse', { auditId: audit.id, bodyId: bun.id, patch: { summary: 'x' } }))
      .toBe('Barn- och utbildningsnämnden är inte granskad i ”Granskning av arbetet mot våld i nära relationer” och har inga rekommendationer att svara på.');
  });

  it('puts the kommun’s logo at the top, with its alt text', async () => {
    const { ctx, sn, audit } = auditFixture();
    const png = readFileSync(join(import.meta.dirname, '../../fixtures/settings/logo.png'));
    updateSettings(ctx, { municipality: 'Åsbacka kommun', logo: { name: 'logo.png', type: 'image/png', base64: png.toString('base64') } });
    const { xml } = await docxOf(ctx, audit.id, sn.id, 'yttrande');
    expect(xml.indexOf('<w:drawing>')).toBeGreaterThan(-1);
    expect(xml.indexOf('<w:drawing>')).toBeLessThan(xml.indexOf('Yttrande från nämnden'));
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Åsbacka kommuns logotyp"/);
  });
});
