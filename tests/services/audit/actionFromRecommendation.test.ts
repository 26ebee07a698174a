import { describe, expect, it } from 'vitest';
import { createActionFromRecommendation, titleFromRecommendation } from '../../../electron/services/audit/actionFromRecommendation';
import { getRecommendation, updateRecommendationResponse } from '../../../electron/services/audit/recommendations';
import { getUndoState, undoLastChange } from '../../../electron/services/undo/undoJournal';
import { AppError } from '@shared/errors';
import { totalRows } from '../../helpers/planFile';
import { auditFixture } from './auditFixture';

describe('creating an åtgärd from a recommendation', () => {
  it('creates it in the chosen område with the text, the nämnd as huvudansvarig and its planned measures, and links it', () => {
    const { ctx, sn, area, r1 } = auditFixture();
    updateRecommendationResponse(ctx, { recommendationId: r1.id, bodyId: sn.id, patch: { plannedMeasures: 'Årlig rapport i april.', deadline: '2027-04-30' } });
    const { action, recommendation } = createActionFromRecommendation(ctx, {
      recommendationId: r1.id, bodyId: sn.id, areaId: area.id, number: '6.7', title: null, deadline: null,
    });
    expect(action).toMatchObject({
      areaId: area.id, number: '6.7', title: 'Säkerställ att handlingsplanen följs upp årligen',
      proposedMeasures: 'Årlig rapport i april.', deadline: '2027-04-30',
      responsible: [{ bodyId: sn.id, bodyName: 'Socialnämnden', role: 'huvudansvarig' }],
    });
    expect(action.description).toContain(r1.text);
    expect(action.description).toContain('rekommendation 1 i granskningen ”Granskning av arbetet mot våld i nära relationer” (REV 2026/4)');
    expect(recommendation.actionIds).toEqual([action.id]);
  });

  it('is one transaction: one Ctrl+Z removes the åtgärd, its ansvar and the link together', () => {
    const { ctx, file, ks, area, r1 } = auditFixture();
    createActionFromRecommendation(ctx, { recommendationId: r1.id, bodyId: ks.id, areaId: area.id, number: '', title: 'Årlig uppföljning', deadline: '2027-06-30' });
    expect(getUndoState(ctx)!.label).toMatch(/^Ny åtgärd/);
    undoLastChange(ctx);
    expect(getRecommendation(ctx, r1.id).actionIds).toEqual([]);
    for (const table of ['action', 'action_body', 'recommendation_action']) {
      expect(file.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
  });

  it('refuses a nämnd the recommendation is not addressed to, or an unknown område, and writes nothing', () => {
    const { ctx, file, bun, sn, area, r2 } = auditFixture();
    const rows = totalRows(file);
    const attempt = (bodyId: number, areaId: number): AppError => {
      try {
        createActionFromRecommendation(ctx, { recommendationId: r2.id, bodyId, areaId, number: '', title: null, deadline: null });
      } catch (error) {
        return error as AppError;
      }
      throw new Error('accepted');
    };
    expect(attempt(bun.id, area.id).message).toBe('Rekommendationen är inte riktad till Barn- och utbildningsnämnden.');
    expect(attempt(sn.id, 9999).message).toBe('Utvecklingsområdet finns inte (id 9999).');
    expect(totalRows(file)).toBe(rows);
  });

  it('makes a title of the first sentence, cut at a word when it is too long', () => {
    expect(titleFromRecommendation('Ta fram en rutin. Följ upp den.')).toBe('Ta fram en rutin');
    const long = `${'ord '.repeat(120)}slut.`;
    const title = titleFromRecommendation(long);
    expect(title.length).toBeLessThanOrEqual(300);
    expect(title.endsWith('…')).toBe(true);
    expect(title).not.toMatch(/ …$/);
  });
});
