import { z } from 'zod';
import { LOGO_TYPES, MAX_LOGO_BYTES } from '../domain/logoFile';
import type { Versioned } from '../domain/rowVersion';
import { read, write } from './callSpec';
import { empty, rowVersion, shortText, text } from './schemas';

/**
 * Inställningar: who writes the kommun's documents. Text is trimmed, so a field of
 * only spaces is saved as empty. The logo travels as base64; the service checks its content and its
 * size in bytes (electron/services/settings/logoCheck.ts), with a message that names the limit.
 * The cap here only keeps an absurd payload out, well above 1 MB of file.
 */
export const logoInput = z.strictObject({
  name: text().trim().min(1).max(260),
  type: z.enum(LOGO_TYPES),
  base64: text().max(MAX_LOGO_BYTES * 2).refine((v) => /^[A-Za-z0-9+/]*={0,2}$/.test(v), { message: 'filen kom inte fram hel. Försök igen.' }),
});

export type Logo = z.output<typeof logoInput>;

export const documentSettings = z.strictObject({
  /** The strateg's name, e.g. "Anna Lind". */
  authorName: shortText,
  /** "Jämställdhetsstrateg" */
  authorTitle: shortText,
  /** The förvaltning, e.g. "Kommunledningsförvaltningen". */
  administration: shortText,
  /** "Åsbacka kommun" */
  municipality: shortText,
  logo: logoInput.nullable(),
});
/** What getSettings answers: exactly what the schema takes, every field set. */
export type DocumentSettings = z.output<typeof documentSettings>;
/** The settings as read, with their row version (send it back with updateSettings). */
export type SavedDocumentSettings = DocumentSettings & Versioned;

/** The fields to change, and the version of the settings the form loaded (see rowVersion). */
export const settingsUpdate = documentSettings.partial().extend({ version: rowVersion });

export const settingsCalls = {
  getSettings: read<SavedDocumentSettings>()(empty),
  updateSettings: write<SavedDocumentSettings>()(settingsUpdate),
} as const;
