import type { Role } from '@shared/domain/users';
import type { ScopeSubject } from './reportScopes';
import { joinList } from '@shared/text/lists';

/**
 * What a signed-in person is told when the role does not allow a call (kind 'unauthorized'):
 * what the role may do, and that nothing was changed. One place for these sentences.
 */
const NOTHING_CHANGED = 'Inget har ändrats.';

export function roleRefusal(role: Role, write: boolean): string {
  if (role === 'lasare') {
    return write
      ? `Som läsare kan du inte ändra planen. ${NOTHING_CHANGED}`
      : 'Som läsare kan du se planen, översikten och rapporterna, men inte det här. Det kan en administratör.';
  }
  if (role === 'rapportor') {
    return write
      ? `Som rapportör kan du rapportera status och utfall för dina nämnders åtgärder och svara på rekommendationer till dem, men inte ändra planen i övrigt. ${NOTHING_CHANGED}`
      : 'Som rapportör har du inte tillgång till det här. Det kan en administratör.';
  }
  return `Ditt konto har ingen roll som tillåter det här. ${NOTHING_CHANGED}`;
}

/** A rapportör may not change accounts, not even its own (its role or its nämnder). */
export const OWN_ACCOUNT_REFUSAL = `Bara en administratör kan ändra användarkonton, också ditt eget. ${NOTHING_CHANGED}`;

/** The thing a refused row is, and what of other nämnder's the rapportör cannot touch. */
const SUBJECTS: Record<Exclude<ScopeSubject, 'own'>, { row: string; others: string }> = {
  action: { row: 'Åtgärden', others: 'rapportera för åtgärder som andra nämnder ansvarar för' },
  statusReport: { row: 'Lägesrapporten', others: 'ändra lägesrapporter för åtgärder som andra nämnder ansvarar för' },
  measure: { row: 'Måttet', others: 'rapportera utfall för mått på åtgärder som andra nämnder ansvarar för' },
  measureValue: { row: 'Utfallet', others: 'ändra utfall för mått på åtgärder som andra nämnder ansvarar för' },
  recommendation: { row: 'Rekommendationen', others: 'svara på rekommendationer till andra nämnder' },
  auditResponse: { row: 'Svaret', others: 'skriva andra nämnders svar på granskningar' },
  underlag: { row: 'Nämnden', others: 'ta fram underlag för andra nämnder' },
};


/** Out of scope or not there at all: said the same way, so an id of another nämnd's row reveals nothing. */
export function scopeRefusal(subject: ScopeSubject, bodyNames: string[], write: boolean): string {
  const what = subject === 'own' ? SUBJECTS.action : SUBJECTS[subject];
  const who = bodyNames.length === 0 ? 'Ditt konto rapporterar inte för någon nämnd ännu' : `Du rapporterar för ${joinList(bodyNames)}`;
  return `${what.row} finns inte eller hör inte till dina nämnder. ${who} och kan inte ${what.others}.${write ? ` ${NOTHING_CHANGED}` : ''}`;
}
