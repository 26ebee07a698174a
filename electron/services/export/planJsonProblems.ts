import type { z } from 'zod';
import type { FieldProblem } from '@shared/errors';
import { fieldLabel } from '@shared/labels';
import { describeIssue } from '../api/validationMessages';

/**
 * What is wrong in a JSON backup, said the way a person finds it in the plan rather than by the
 * file's keys: "Utvecklingsområde 2, åtgärd 3, Titel: måste fyllas i." instead of
 * "areas.1.actions.2.title".
 */
const LIST_ITEM: Record<string, string> = {
  areas: 'Utvecklingsområde',
  actions: 'åtgärd',
  statusReports: 'lägesrapport',
  meetingNotes: 'mötesanteckning',
  responsible: 'ansvarig nämnd',
  bodies: 'Nämnd',
  sources: 'Källa',
  reportTexts: 'Rapporttext',
  reportSnapshots: 'Stängt år',
  reports: 'rapport',
  fields: 'fält',
};

/** Keys only the JSON file has (the forms' labels come from shared/labels.ts). */
const JSON_LABEL: Record<string, string> = {
  plan: 'Planen',
  format: 'Filens markering',
  version: 'Version',
  exportedAt: 'Exporterad',
  createdAt: 'Skapad',
  updatedAt: 'Ändrad',
  closedAt: 'Stängd',
  closedBy: 'Stängd av',
  createdBy: 'Skriven av',
  body: 'Nämnd',
  source: 'Källa',
  area: 'Utvecklingsområde',
  model: 'Rapporten',
};

function place(path: PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = String(path[i]);
    const next = path[i + 1];
    if (LIST_ITEM[key] !== undefined && typeof next === 'number') {
      parts.push(`${LIST_ITEM[key]} ${next + 1}`);
      i++;
    } else {
      parts.push(JSON_LABEL[key] ?? fieldLabel(key));
    }
  }
  const text = parts.join(', ');
  return text === '' ? 'Filen' : text.charAt(0).toUpperCase() + text.slice(1);
}

/** The first problems of a refused backup (a file with thousands of faults is not listed whole). */
export function planJsonProblems(error: z.ZodError, data: unknown, limit = 20): FieldProblem[] {
  return error.issues.slice(0, limit).map((issue) => {
    const where = place(issue.path);
    return { field: where, message: `${where}: ${describeIssue(issue, data)}` };
  });
}
