import type { ChangeEntry } from './domain/types';
import { fieldLabel } from './labels';

/**
 * Swedish names of what the change log records, for "Sedan senast", an åtgärd's own log and undo.
 * `neuter` is the noun's gender: "nytt utvecklingsområde" but "ny åtgärd".
 */
const ENTITIES: Record<string, { name: string; neuter?: true }> = {
  plan: { name: 'plan' },
  area: { name: 'utvecklingsområde', neuter: true },
  action: { name: 'åtgärd' },
  body: { name: 'nämnd' },
  status_report: { name: 'lägesrapport' },
  source: { name: 'källa' },
  audit: { name: 'granskning' },
  audit_question: { name: 'revisionsfråga' },
  recommendation: { name: 'rekommendation' },
  recommendation_response: { name: 'svar på rekommendation', neuter: true },
  recommendation_followup: { name: 'uppföljning av rekommendation' },
  recommendation_action: { name: 'koppling mellan rekommendation och åtgärd' },
  indicator: { name: 'indikator' },
  indicator_value: { name: 'indikatorvärde', neuter: true },
  report_text: { name: 'rapporttext' },
  report_snapshot: { name: 'stängning av rapportår' },
  meeting_note: { name: 'mötesanteckning' },
  document_settings: { name: 'inställning' },
  audit_response: { name: 'svarsutkast', neuter: true },
  undo: { name: 'ångring' },
};

function entity(key: string): { name: string; neuter?: true } {
  return ENTITIES[key.startsWith('report_text:') ? 'report_text' : key] ?? { name: key };
}

export function entityLabel(key: string): string {
  return entity(key).name;
}

/** "Ny åtgärd", "Nytt utvecklingsområde", "Åtgärd ändrad: Klart senast", "Lägesrapport borttagen". */
export function changeLabel(entry: Pick<ChangeEntry, 'entity' | 'operation' | 'field'>): string {
  const { name, neuter } = entity(entry.entity);
  if (entry.operation === 'create') return `${neuter ? 'Nytt' : 'Ny'} ${name}`;
  const Name = name.charAt(0).toUpperCase() + name.slice(1);
  if (entry.operation === 'delete') return `${Name} ${neuter ? 'borttaget' : 'borttagen'}`;
  const changed = neuter ? 'ändrat' : 'ändrad';
  return entry.field ? `${Name} ${changed}: ${fieldLabel(entry.field)}` : `${Name} ${changed}`;
}
