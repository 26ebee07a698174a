import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { handlers } from '../../../electron/services/api/handlers';
import { CALL_NAMES, contract } from '@shared/api/contract';
import { createTestPlanFile, totalRows, withDemoPlan } from '../../helpers/planFile';

describe('dispatch: the one entry for every API call', () => {
  it('has a handler for exactly the calls in the contract', async () => {
    expect(Object.keys(handlers).sort()).toEqual([...CALL_NAMES].sort());
  });

  it('refuses an unknown call and inherited property names', async () => {
    const { session } = createTestPlanFile();
    for (const name of ['dropEverything', '__proto__', 'constructor', 'toString', 42, null]) {
      expect((await dispatch(session, name, {}))).toEqual({ ok: false, error: { kind: 'validation', message: 'Okänt anrop.' } });
    }
  });

  it('never lets invalid input reach a service, and says in Swedish which field is wrong', async () => {
    const { session, file } = createTestPlanFile();
    const before = totalRows(file);
    const spy = vi.spyOn(handlers, 'createBody');
    const result = (await dispatch(session, 'createBody', { name: '   ', kind: 'kommun' }));
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('validation');
    expect(result.error.problems).toEqual([
      { field: 'name', message: 'Namn: måste fyllas i.' },
      { field: 'kind', message: 'Typ: måste vara ett av: Nämnd, Styrelse, Bolag.' },
    ]);
    expect(totalRows(file)).toBe(before);
  });

  it('explains a bad date, a status outside the list and an unknown key', async () => {
    const { session } = withDemoPlan();
    const result = (await dispatch(session, 'createStatusReport', { actionId: 1, reportedOn: '2025-02-30', status: 'klar', extra: 1 }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.error.problems!.map((p) => p.message);
    expect(messages).toContain('Datum: ”2025-02-30” är inte ett datum (ÅÅÅÅ-MM-DD).');
    expect(messages).toContain('Status: måste vara ett av: Ej påbörjad, Pågående, Genomförd, Avbruten.');
    expect(messages).toContain('Indata: okänt fält ”extra”.');
  });

  it('returns service refusals as data, with nothing written', async () => {
    const { session, file } = withDemoPlan();
    const before = totalRows(file);
    const result = (await dispatch(session, 'createBody', { name: 'socialnämnden', kind: 'namnd' }));
    expect(result).toEqual({ ok: false, error: { kind: 'conflict', message: 'Det finns redan en nämnd som heter ”socialnämnden”.' } });
    expect((await dispatch(session, 'getPlan', { id: 999 }))).toEqual({ ok: false, error: { kind: 'not_found', message: 'Planen finns inte (id 999).' } });
    expect(totalRows(file)).toBe(before);
  });

  it('refuses every write call when the file is open read-only, but answers reads', async () => {
    const { session, file } = withDemoPlan();
    const readOnly = { ...session, readOnly: true };
    const before = totalRows(file);
    for (const name of CALL_NAMES.filter((n) => contract[n].write)) {
      const result = (await dispatch(readOnly, name, {}));
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/skrivskyddad/);
    }
    expect((await dispatch(readOnly, 'listPlans', {})).ok).toBe(true);
    expect(totalRows(file)).toBe(before);
  });

  it('says so when no file is open', async () => {
    expect((await dispatch(null, 'listPlans', {}))).toEqual({ ok: false, error: { kind: 'conflict', message: 'Ingen planfil är öppen.' } });
  });

  it('turns an unexpected failure into a plain Swedish message without a stack trace', async () => {
    const { session } = createTestPlanFile();
    const spy = vi.spyOn(handlers, 'listPlans').mockImplementation(() => {
      throw new Error('disk on fire at /secret/path');
    });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = (await dispatch(session, 'listPlans', {}));
    spy.mockRestore();
    quiet.mockRestore();
    expect(result).toEqual({ ok: false, error: { kind: 'internal', message: 'Ett oväntat fel inträffade. Inget har ändrats.' } });
  });
});
