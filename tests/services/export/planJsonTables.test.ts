import { describe, expect, it } from 'vitest';
import { keyReference, keyWithId } from '../../../electron/services/export/reportTextKeys';
import { BODY_KEYS } from '../../../electron/services/report/bodyReport';
import { YEARLY_KEYS } from '../../../electron/services/report/yearlyTexts';
import { canonicalTables, stableJson, userTables, type InTextIds } from '../../helpers/canonicalTables';
import { capturePlatform } from '../../helpers/capturePlatform';
import { createTestPlanFile, withDemoPlan } from '../../helpers/planFile';
import { call, upload } from '../import/importHelpers';

/**
 * Tables the JSON export of one plan leaves out on purpose. Any other table — including one added
 * later — must come back from a restore with the same content, or this test fails.
 */
const NOT_EXPORTED: Record<string, string> = {
  change_log: 'the history stays in the original file; a restore logs its own creations',
  undo_entry: 'the undo journal belongs to a session of work, not to the plan',
  file_meta: 'identifies the plan file itself (file_id); a restored plan lives in another file',
  audit: 'granskningar belong to the plan file, not to one plan (no plan_id)',
  audit_body: 'part of a granskning',
  audit_question: 'part of a granskning',
  recommendation: 'part of a granskning',
  recommendation_body: 'part of a granskning',
  recommendation_followup: 'part of a granskning',
  recommendation_action: 'links a granskning to åtgärder; goes with the granskningar',
  indicator: 'the ÖJ indicators are the plan file’s, and every new plan file has them',
  indicator_value: 'the kommun’s indicator values are per file and year, not per plan',
  document_settings: 'Inställningar (author, kommun, logo) belong to the plan file, not to one plan',
  audit_response: 'the svar’s own texts are part of a granskning',
};

/** Report text keys and frozen reports hold ids of områden, nämnder and the plan inside their text. */
const IDS_IN_TEXT: Record<string, InTextIds> = {
  'report_text.key': (key, refer) => String(key).replace(/^(omrade|namnd|rekommendation)\.(\d+)/, (_all, kind: string, id: string) =>
    `${kind}.${stableJson(refer(kind === 'omrade' ? 'area' : 'body', Number(id)))}`),
  'report_snapshot.reports': (reports, refer) => (JSON.parse(String(reports)) as { key: string; model: Record<string, unknown> }[]).map((entry) => ({
    ...entry,
    key: entry.key.replace(/^namnd:(\d+)$/, (_all, id: string) => `namnd:${stableJson(refer('body', Number(id)))}`),
    model: { ...entry.model, planId: refer('plan', entry.model.planId), bodyId: refer('body', entry.model.bodyId) },
  })),
};

describe('the JSON export of a plan holds every table that belongs to it', () => {
  it('restoring into a new plan file gives every exported table the same content, meeting notes and closed years included', async () => {
    const demo = withDemoPlan();
    const s = demo.session;
    const [area] = await call(s, 'listAreas', { planId: 1 });
    const [action] = await call(s, 'listActions', { planId: 1 });
    const bodies = await call(s, 'listBodies', {});
    const meeting = { planId: 1, meetingDate: '2026-11-20', meetingName: 'Jämställdhetsdelegationen', protocolRef: '§ 12' };
    await call(s, 'createMeetingNote', { ...meeting, note: 'Planen som helhet godkändes.' });
    await call(s, 'createMeetingNote', { ...meeting, areaId: area.id, note: 'Området behöver fler åtgärder.' });
    await call(s, 'createMeetingNote', { ...meeting, actionId: action.id, note: 'Beslut: nämnden återrapporterar i mars.' });
    await call(s, 'saveReportText', { planId: 1, year: 2025, key: YEARLY_KEYS.areaMotivation(area.id), text: 'Egen motivering.' });
    await call(s, 'saveReportText', { planId: 1, year: 2025, key: BODY_KEYS.summary(bodies[0].id), text: 'Nämndens sammanfattning.' });
    await call(s, 'saveReportText', { planId: 1, year: 2025, key: YEARLY_KEYS.summary, text: 'Sammanfattning för året.' });
    await call(s, 'closeReportYear', { planId: 1, year: 2025 });

    const platform = capturePlatform();
    await call({ ...s, platform }, 'exportPlanJson', { planId: 1 });
    const [json] = platform.files;
    const exported = JSON.parse(new TextDecoder().decode(json.bytes));
    expect(exported.version).toBe(2);
    expect(exported.reportSnapshots).toHaveLength(1);

    // A file whose ids differ from the demo's: one nämnd there first, under another name.
    const target = createTestPlanFile();
    await call(target.session, 'createBody', { name: 'Kulturnämnden', kind: 'namnd' });
    const result = await call(target.session, 'restorePlanJson', { file: upload(json.fileName, json.bytes) });
    expect(result).toMatchObject({ meetingNotes: 3, closedYears: 1 });
    await call(target.session, 'deleteBody', { id: 1 });
    expect(target.file.db.pragma('foreign_key_check')).toEqual([]);

    const compared = userTables(demo.file.db).filter((t) => !(t in NOT_EXPORTED));
    expect(compared).toEqual(expect.arrayContaining(['meeting_note', 'report_snapshot', 'report_text', 'plan', 'action']));
    const before = canonicalTables(demo.file.db, compared, IDS_IN_TEXT);
    const after = canonicalTables(target.file.db, compared, IDS_IN_TEXT);
    for (const table of compared) expect(after[table], table).toEqual(before[table]);
    expect(before.meeting_note).toHaveLength(3);

    // The restored file uses them: the closed year's reports come from the snapshot, with the new ids.
    const restoredBodies = await call(target.session, 'listBodies', {});
    const bodyId = restoredBodies.find((b) => b.name === bodies[0].name)!.id;
    expect(bodyId).not.toBe(bodies[0].id);
    const model = await call(target.session, 'getReportModel', { kind: 'namnd', planId: result.planId, year: 2025, bodyId });
    expect(model).toMatchObject({ planId: result.planId, bodyId, closed: { closedBy: 'testare' } });
    const texts = await call(target.session, 'listReportTexts', { planId: result.planId, year: 2025 });
    expect(texts.map((t) => t.key)).toContain(BODY_KEYS.summary(bodyId));

    // Exported again from the new file, the document is the same.
    const again = capturePlatform();
    await call({ ...target.session, platform: again }, 'exportPlanJson', { planId: result.planId });
    expect({ ...JSON.parse(new TextDecoder().decode(again.files[0].bytes)), exportedAt: null }).toEqual({ ...exported, exportedAt: null });

    // The restore, notes and closed years included, is one undo step (after the nämnd's delete).
    await call(target.session, 'undoLastChange', {});
    await call(target.session, 'undoLastChange', {});
    expect(await call(target.session, 'listPlans', {})).toEqual([]);
    for (const table of ['meeting_note', 'report_snapshot', 'report_text']) {
      expect(target.file.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
  });

  it('names the område or nämnd of a report text key instead of its id', () => {
    expect(keyReference(YEARLY_KEYS.areaAssessment(12))).toEqual({ key: 'omrade.*.bedomning', kind: 'area', id: 12 });
    expect(keyReference(YEARLY_KEYS.recommendations(3))).toEqual({ key: 'rekommendation.*', kind: 'body', id: 3 });
    expect(keyReference(BODY_KEYS.summary(7))).toEqual({ key: 'namnd.*.sammanfattning', kind: 'body', id: 7 });
    expect(keyReference(YEARLY_KEYS.summary)).toBeNull();
    expect(keyWithId('omrade.*.motivering', 40)).toBe(YEARLY_KEYS.areaMotivation(40));
  });
});
