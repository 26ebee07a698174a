import type { DocumentSettings, Logo } from '../api/settings';
import { nameInText } from '../text';

/**
 * Who writes the kommun's documents (Inställningar): printed as "Upprättad av" on report covers,
 * in the svar's signature and contact lines, and the kommun's name and logo on covers and svar.
 * Kept in the plan file (migration 0090), change-logged and undoable like every other record.
 */
export { LOGO_TYPES, MAX_LOGO_BYTES, type LogoType } from './logoFile';
/** The settings' shape is the schema's (shared/api/settings.ts): one definition for both. */
export type { DocumentSettings, Logo } from '../api/settings';

/** "Anna Lind, jämställdhetsstrateg, kommunledningsförvaltningen": what "Upprättad av" says by default. */
export function authorLine(settings: Pick<DocumentSettings, 'authorName' | 'authorTitle' | 'administration'>): string {
  if (settings.authorName.trim() === '') return '';
  return [settings.authorName, nameInText(settings.authorTitle), nameInText(settings.administration)].map((p) => p.trim()).filter(Boolean).join(', ');
}

/** What the first export asks for when it is missing: the author and the kommun. */
export function missingSettings(settings: DocumentSettings): ('authorName' | 'municipality')[] {
  return (['authorName', 'municipality'] as const).filter((key) => settings[key].trim() === '');
}

/** The logo as a data: URI, for an <img> in the preview, the printed report and the dialog. */
export function logoDataUri(logo: Pick<Logo, 'type' | 'base64'>): string {
  return `data:${logo.type};base64,${logo.base64}`;
}
