import { describe, expect, it } from 'vitest';
import { getReport } from '../../../electron/services/report/buildReport';
import { listAudits } from '../../../electron/services/audit/audits';
import { buildResponseModel } from '../../../electron/services/audit/responseModel';
import { renderResponseDocx } from '../../../electron/services/audit/responseDocx';
import { listBodies } from '../../../electron/services/plan/bodies';
import type { ReportKind, ReportModel } from '@shared/report/model';
import { RESPONSE_FORMS } from '@shared/domain/auditResponse';
import { sentencesOf, startsWithDigit } from '@shared/text';
import { withDemoPlan } from '../../helpers/planFile';
import { docxText, readZipEntry } from '../../helpers/zipEntry';

/**
 * Issue 15: every text the demo's reports and svar print, generated for every year of the plan,
 * is checked for the faults a nämndsekreterare found — a sentence that begins with a digit, and
 * the agreement and style errors quoted in the issue.
 */
const PLAN = 1;

/** The running text of a report: paragraphs, list items, chart descriptions, Vår bedömning and the editor's defaults. Tables keep digits. */
function reportTexts(model: ReportModel, defaults: string[]): string[] {
  const texts: string[] = [...defaults];
  for (const chapter of model.chapters) {
    for (const block of chapter.blocks) {
      if (block.type === 'paragraph') texts.push(block.text);
      if (block.type === 'list') texts.push(...block.items);
      if (block.type === 'chart') texts.push(block.description);
      if (block.type === 'assessment') texts.push(...block.rows.map((r) => r.motivation));
    }
  }
  return texts;
}

/** The svar's paragraphs outside its tables (a table cell may begin with a number). */
function svarTexts(documentXml: string): string[] {
  return docxText(documentXml.replace(/<w:tbl>.*?<\/w:tbl>/gs, '')).split('\n').map((t) => t.trim()).filter(Boolean);
}

function demoTexts(): { name: string; texts: string[] }[] {
  const { ctx } = withDemoPlan();
  const bodies = listBodies(ctx);
  const documents: { name: string; texts: string[] }[] = [];
  for (let year = 2022; year <= 2026; year += 1) {
    const requests: { kind: ReportKind; bodyId?: number; name: string }[] = [
      { kind: 'arsrapport', name: `årsrapport ${year}` },
      { kind: 'rekommendationer', name: `rekommendationer ${year}` },
      ...bodies.map((b) => ({ kind: 'namnd' as const, bodyId: b.id, name: `${b.name} ${year}` })),
    ];
    for (const request of requests) {
      const { model, fields } = getReport(ctx, { planId: PLAN, year, ...request });
      documents.push({ name: request.name, texts: reportTexts(model, fields.filter((f) => f.kind === 'text').map((f) => f.defaultText)) });
    }
  }
  return documents;
}

async function demoSvar(): Promise<{ name: string; texts: string[] }[]> {
  const { ctx } = withDemoPlan();
  const audit = listAudits(ctx)[0];
  const addressed = new Set(ctx.db.prepare('SELECT body_id AS id FROM recommendation_body').all().map((r) => (r as { id: number }).id));
  const documents: { name: string; texts: string[] }[] = [];
  for (const body of listBodies(ctx).filter((b) => addressed.has(b.id) || audit.auditedBodyIds.includes(b.id))) {
    for (const form of RESPONSE_FORMS) {
      const docx = await renderResponseDocx(buildResponseModel(ctx, { auditId: audit.id, bodyId: body.id }), form);
      documents.push({ name: `svar ${form} ${body.name}`, texts: svarTexts(readZipEntry(docx, 'word/document.xml')) });
    }
  }
  return documents;
}

/** The faults issue 15 quotes, as patterns that must not match any generated text. */
const FAULTS: [string, RegExp][] = [
  ['one åtgärd, plural participle', /(?<!\p{L})åtgärd [\d.]+, som (är|ska vara) (försenade|klara|genomförda|påbörjade|avbrutna)(?!\p{L})/u],
  ['"en av tre … är genomförda"', /(?<!\p{L})(1|en|ett) av \S+ \p{L}+ är (genomförda|försenade|klara|påbörjade|avbrutna)(?!\p{L})/iu],
  ['the share said twice', /genomförda?, men mindre än hälften är genomförda/],
  ['"plan" repeated', /handlingsplanen[^.]*enligt planen/],
  ['a count without its noun', /– (huvud|med)ansvarig för (\d+|\p{L}+)$/u],
  ['a nämnd with a capital mid-sentence (a citation’s publisher after a comma is a field, not a sentence)', /\p{Ll} (Socialnämnden|Kommunstyrelsen|Barn- och utbildningsnämnden|Vård- och omsorgsnämnden)\b/u],
  ['a list of names with "och" joined with "och"', /Information och Samordning och/],
  ['the operating system’s user name', /Upprättad av root/],
];

describe('every text of the demo’s reports and svar (issue 15)', () => {
  it('has no sentence that begins with a digit and none of the listed agreement errors', async () => {
    const documents = [...demoTexts(), ...(await demoSvar())];
    expect(documents.filter((d) => d.name.startsWith('svar ')).length).toBeGreaterThanOrEqual(4);
    const problems: string[] = [];
    for (const { name, texts } of documents) {
      for (const text of texts) {
        for (const sentence of sentencesOf(text)) {
          if (startsWithDigit(sentence)) problems.push(`${name}: begins with a digit: ${sentence}`);
          for (const [fault, pattern] of FAULTS) if (pattern.test(sentence)) problems.push(`${name}: ${fault}: ${sentence}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('checks texts that would have failed before issue 15', () => {
    const old = [
      'Ta fram en ny tidplan för åtgärd 1.3, som är försenade, och redovisa den för kommunstyrelsen.',
      'Påbörja åtgärd 2.2, som ska vara klara under 2027 men ännu inte har påbörjats.',
      '1 av 3 åtgärder är genomförda, och 1 är försenad eller saknar uppföljning.',
      'Vår sammanfattande bedömning är att handlingsplanen delvis genomförs enligt planen.',
      'Samhällsbyggnadsnämnden – medansvarig för 1',
      'Förvaltningen föreslår att Socialnämnden godkänner detta tjänsteutlåtande.',
    ];
    for (const text of old) {
      const caught = sentencesOf(text).some((s) => startsWithDigit(s) || FAULTS.some(([, p]) => p.test(s)));
      expect(caught, text).toBe(true);
    }
  });
});
