import { createHash } from 'node:crypto';
import type { ServiceContext } from '../context';
import type { DocumentSettings, Logo, LogoType } from '@shared/domain/settings';
import type { SavedDocumentSettings } from '@shared/api/settings';
import { logUpdate } from '../changeLog';
import { inTransaction, updateColumns, updateRows, type ColumnMap } from '../records';
import { checkLogo } from './logoCheck';

/**
 * Inställningar: the strateg's name, title and förvaltning, the kommun's name and logo, in the
 * plan file's one document_settings row (migration 0090). getSettings is the one read every
 * document uses ("Upprättad av", covers, svar signatures).
 */
interface SettingsRow {
  author_name: string; author_title: string; administration: string; municipality: string;
  logo_name: string; logo_type: LogoType | null; logo_base64: string | null; version: number;
}

type TextSettings = Omit<DocumentSettings, 'logo'>;

const COLUMNS: ColumnMap<TextSettings> = {
  authorName: 'author_name', authorTitle: 'author_title', administration: 'administration', municipality: 'municipality',
};
const ROW_ID = 1;

function toSettings(row: SettingsRow): SavedDocumentSettings {
  return {
    authorName: row.author_name, authorTitle: row.author_title, administration: row.administration, municipality: row.municipality,
    logo: row.logo_type && row.logo_base64 !== null ? { name: row.logo_name, type: row.logo_type, base64: row.logo_base64 } : null,
    version: row.version,
  };
}

export function getSettings(ctx: ServiceContext): SavedDocumentSettings {
  return toSettings(ctx.db.prepare('SELECT * FROM document_settings WHERE id = ?').get(ROW_ID) as SettingsRow);
}

/** The change log keeps what the logo was, not its bytes: "logo.svg (image/svg+xml, 2 kB, 3f9a2c1e)". */
function logoSummary(logo: Logo | null): string | null {
  if (!logo) return null;
  const kilobytes = Math.max(1, Math.round((logo.base64.length * 3) / 4 / 1024));
  return `${logo.name} (${logo.type}, ${kilobytes} kB, ${createHash('sha256').update(logo.base64).digest('hex').slice(0, 8)})`;
}

export function updateSettings(ctx: ServiceContext, patch: Partial<DocumentSettings>): SavedDocumentSettings {
  if (patch.logo) checkLogo(Buffer.from(patch.logo.base64, 'base64'), patch.logo.type, patch.logo.name);
  return inTransaction(ctx, () => {
    const before = getSettings(ctx);
    const { logo, ...text } = patch;
    const { logo: beforeLogo, version: _version, ...beforeText } = before;
    updateColumns<TextSettings>(ctx, { table: 'document_settings', entity: 'document_settings', id: ROW_ID, columns: COLUMNS, before: beforeText, patch: text });
    if (logo !== undefined && logoSummary(logo) !== logoSummary(beforeLogo)) {
      updateRows(ctx, 'document_settings', { id: ROW_ID }, {
        logo_name: logo?.name ?? '', logo_type: logo?.type ?? null, logo_base64: logo?.base64 ?? null,
      });
      logUpdate(ctx, 'document_settings', ROW_ID, { logo: logoSummary(beforeLogo) }, { logo: logoSummary(logo) });
    }
    return getSettings(ctx);
  });
}
