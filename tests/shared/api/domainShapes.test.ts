import { describe, expect, it } from 'vitest';
import { auditResponseFields } from '@shared/api/audit';
import { documentSettings } from '@shared/api/settings';
import { EMPTY_RESPONSE_FIELDS } from '@shared/domain/auditResponse';

/** Domain types that are z.infer of a schema: the domain's own values pass that schema as they are. */
describe('domain shapes made from the schemas', () => {
  it('the empty svar is exactly the svar schema\'s fields, nothing more, nothing missing', () => {
    expect(auditResponseFields.parse(EMPTY_RESPONSE_FIELDS)).toEqual(EMPTY_RESPONSE_FIELDS);
    expect(auditResponseFields.safeParse({ ...EMPTY_RESPONSE_FIELDS, extra: '' }).success).toBe(false);
    const { summary: _left, ...missing } = EMPTY_RESPONSE_FIELDS;
    expect(auditResponseFields.safeParse(missing).success).toBe(false);
  });

  it('document settings as getSettings answers them pass the schema updateSettings takes', () => {
    const settings = { authorName: 'Anna Lind', authorTitle: 'Jämställdhetsstrateg', administration: '', municipality: 'Åsbacka kommun', logo: { name: 'logo.png', type: 'image/png' as const, base64: 'iVBORw0KGgo=' } };
    expect(documentSettings.parse(settings)).toEqual(settings);
    expect(documentSettings.safeParse({ ...settings, logo: { ...settings.logo, type: 'image/gif' } }).success).toBe(false);
  });
});
