import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { contract } from '@shared/api/contract';
import { fieldLabel } from '@shared/labels';
import { inputAt, problemField, textFields } from '../../helpers/contractFields';
import { totalRows, withDemoPlan } from '../../helpers/planFile';

/**
 * The text rule (shared/textRule.ts) on every text field of the API, the field list generated
 * from the contract's schemas (tests/helpers/contractFields.ts): a field added tomorrow is covered
 * without this file changing.
 */
const REFUSED = { 'U+FFFE': '\uFFFE', 'U+FFFF': '\uFFFF', 'U+FDD0': '\uFDD0', 'U+1FFFE': '\u{1FFFE}', 'U+D800': '\uD800', 'U+DFFF': '\uDFFF' };
const STRIPPED = 'Ab\u0000\u0001\u0007\u0008\u000E\u001B\u001F\u007F\u0080\u009F c\r\nd\re\u000Bf\u000Cg\u0085h\ta\u030A';
// eslint-disable-next-line no-control-regex -- the test looks for control characters
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

const fields = textFields();

describe('every text field of the API under one text rule', () => {
  it('finds the text fields of the contract (the walker sees them all)', () => {
    const names = new Set(fields.map((f) => `${f.call} ${problemField(f)}`));
    for (const expected of ['createAction title', 'updateAction description', 'createRecommendation text', 'createMeetingNote note',
      'exportHandout html', 'commitPlanImport target.name', 'commitPlanImport bodyChoices.0.name', 'previewPlanImport file.name', 'restoreBackup id']) {
      expect(names, expected).toContain(expected);
    }
    expect(fields.length).toBeGreaterThan(100);
  });

  it.each(Object.entries(REFUSED))('refuses %s in every text field, naming the field as the form does, writing nothing', async (code, character) => {
    const { session, file } = withDemoPlan();
    const before = totalRows(file);
    for (const field of fields) {
      const label = `${field.call} ${problemField(field)}`;
      const result = await dispatch(session, field.call, inputAt(field, `Kvinnofrid${character} i kommunen`));
      expect(result.ok, label).toBe(false);
      if (result.ok) continue;
      const problem = result.error.problems?.find((p) => p.field === problemField(field));
      expect(problem?.message, label).toBe(`${fieldLabel(problemField(field))}: innehåller ett tecken som inte går att spara (${code}) efter ”Kvinnofrid”. `
        + 'Skriv in texten där på nytt och försök igen.');
    }
    expect(totalRows(file)).toBe(before);
  });

  it('removes control characters, normalises line breaks and NFC in every text field, or refuses the value for its format', () => {
    let cleaned = 0;
    for (const field of fields) {
      const parsed = field.schema.safeParse(STRIPPED);
      if (!parsed.success) continue;
      cleaned += 1;
      const value = parsed.data as string;
      expect(CONTROL.test(value), `${field.call} ${problemField(field)}`).toBe(false);
      expect(value, `${field.call} ${problemField(field)}`).toBe(value.normalize('NFC'));
      expect(value).not.toContain('\r');
    }
    // Dates, periods, file contents and backup names refuse the value; every free text takes it, cleaned.
    expect(cleaned).toBeGreaterThan(fields.length / 2);
    const stored = contract.createArea.input.parse({ planId: 1, name: STRIPPED, description: STRIPPED });
    expect(stored.name).toBe('Ab c\nd\ne\nf\ng\nh\tå');
  });
});
