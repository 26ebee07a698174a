import { describe, expect, it } from 'vitest';
import { ApiError } from '@renderer/api/client';
import { conflictChoice, conflictRows, formatPlainValue } from '@renderer/hooks/editConflict';
import { formFailure } from '@renderer/hooks/formFailure';

const MESSAGE = 'Ändrad av Berit Berg 10:42 – din ändring har inte sparats.';
const edit = { by: 'Berit Berg', at: '2026-12-03T10:42:00.000Z', version: 5, theirs: { deadline: '2027-03-31', title: 'Deras titel', secret: 'x' } };

describe('an edit conflict in a form', () => {
  it('is kept whole by the form\'s failure, with the server\'s message and no field errors', () => {
    const failure = formFailure(new ApiError('conflict', MESSAGE, [], edit), ['title', 'deadline']);
    expect(failure).toEqual({ fields: {}, message: MESSAGE, edit });
  });

  it('a conflict without an edit (the file became read-only) stays a plain refusal', () => {
    const failure = formFailure(new ApiError('conflict', 'Filen är skrivskyddad.'), ['title']);
    expect(failure.edit).toBeUndefined();
    expect(failure.message).toBe('Filen är skrivskyddad.');
  });

  it('lists their value beside mine in the form\'s order and labels, then fields the form does not name', () => {
    const rows = conflictRows(edit, { title: 'Min titel', deadline: null }, { title: 'Titel', deadline: 'Klart senast' });
    expect(rows).toEqual([
      { field: 'title', label: 'Titel', theirs: 'Deras titel', mine: 'Min titel' },
      { field: 'deadline', label: 'Klart senast', theirs: '2027-03-31', mine: '(tomt)' },
      { field: 'secret', label: 'secret', theirs: 'x', mine: '(tomt)' },
    ]);
  });

  it('uses the form\'s own wording for a value when it gives one', () => {
    const names: Record<number, string> = { 1: 'Socialnämnden', 2: 'Kulturnämnden' };
    const rows = conflictRows({ ...edit, theirs: { bodyIds: [2] } }, { bodyIds: [1, 2] }, { bodyIds: 'Nämnder' },
      (_f, v) => (v as number[]).map((id) => names[id]).join(', '));
    expect(rows).toEqual([{ field: 'bodyIds', label: 'Nämnder', theirs: 'Kulturnämnden', mine: 'Socialnämnden, Kulturnämnden' }]);
  });

  it('shows empty, yes/no and lists in Swedish', () => {
    expect(formatPlainValue('x', '')).toBe('(tomt)');
    expect(formatPlainValue('x', true)).toBe('Ja');
    expect(formatPlainValue('x', false)).toBe('Nej');
    expect(formatPlainValue('x', ['a', 'b'])).toBe('a, b');
    expect(formatPlainValue('x', 12)).toBe('12');
  });
});

describe('the conflict panel\'s two ways on (conflictChoice, used by every form that edits a record)', () => {
  const steps: string[] = [];
  const form = {
    mine: { title: 'Min titel' }, labels: { title: 'Titel' }, saving: false,
    takeTheirs: (theirs: Record<string, unknown>) => steps.push(`theirs ${JSON.stringify(theirs)}`),
    setVersion: (version: number) => steps.push(`version ${version}`),
    clearFailure: () => steps.push('cleared'),
    save: (version: number) => steps.push(`save on ${version}`),
  };

  it('is there only for a save refused over a newer version', () => {
    expect(conflictChoice(null, form)).toBeNull();
    expect(conflictChoice({ message: 'Filen är skrivskyddad.' }, form)).toBeNull();
    expect(conflictChoice({ message: MESSAGE, edit }, form)).toMatchObject({ message: MESSAGE, edit, mine: { title: 'Min titel' } });
  });

  it('"Använd deras värden" puts theirs in the form on their version; "Spara mina igen" saves mine on their version', () => {
    const choice = conflictChoice({ message: MESSAGE, edit }, form)!;
    steps.length = 0;
    choice.onUseTheirs();
    expect(steps).toEqual([`theirs ${JSON.stringify(edit.theirs)}`, 'version 5', 'cleared']);
    steps.length = 0;
    choice.onSaveMine();
    expect(steps).toEqual(['version 5', 'save on 5']);
  });
});
