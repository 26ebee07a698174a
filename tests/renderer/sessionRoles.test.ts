import { describe, expect, it } from 'vitest';
import { roleCanEditPlan, roleCanWrite } from '@renderer/stores/sessionStore';

/** Which buttons a role sees (the server decides every call regardless; this only hides what would be refused). */
describe('what a role may do on screen', () => {
  it('a läsare writes nothing; a rapportör reports but does not change the plan; an administratör and the desktop do both', () => {
    expect([roleCanWrite('lasare'), roleCanEditPlan('lasare')]).toEqual([false, false]);
    expect([roleCanWrite('rapportor'), roleCanEditPlan('rapportor')]).toEqual([true, false]);
    expect([roleCanWrite('admin'), roleCanEditPlan('admin')]).toEqual([true, true]);
    expect([roleCanWrite(null), roleCanEditPlan(null)]).toEqual([true, true]);
  });
});
