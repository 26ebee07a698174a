import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { listChanges } from '../../../electron/services/changeLog';
import { getSettings } from '../../../electron/services/settings/documentSettings';
import { undoLastChange } from '../../../electron/services/undo/undoJournal';
import { tableRows, withDemoPlan } from '../../helpers/planFile';

const FIXTURES = join(import.meta.dirname, '../../fixtures/settings');
const svg = readFileSync(join(FIXTURES, 'logo.svg'), 'utf8');
const png = readFileSync(join(FIXTURES, 'logo.png'));
const svgLogo = (text: string, name = 'logo.svg') => ({ name, type: 'image/svg+xml' as const, base64: Buffer.from(text).toString('base64') });

async function update(session: ReturnType<typeof withDemoPlan>['session'], patch: unknown) {
  return dispatch(session, 'updateSettings', patch);
}

describe('Inställningar: who writes the kommun’s documents', () => {
  it('starts with the kommun’s name from the plan and nothing else', async () => {
    const { session } = withDemoPlan();
    expect(await dispatch(session, 'getSettings', {})).toEqual({
      ok: true, value: { authorName: '', authorTitle: '', administration: '', municipality: 'Åsbacka kommun', logo: null, version: expect.any(Number) },
    });
  });

  it('saves name, title, förvaltning, kommun and a logo; logged, and undone with one Ctrl+Z', async () => {
    const { session, ctx } = withDemoPlan();
    const result = await update(session, {
      authorName: '  Anna Lind ', authorTitle: 'Jämställdhetsstrateg', administration: 'Kommunledningsförvaltningen', logo: svgLogo(svg),
    });
    expect(result.ok).toBe(true);
    const saved = getSettings(ctx);
    expect(saved).toMatchObject({ authorName: 'Anna Lind', authorTitle: 'Jämställdhetsstrateg', administration: 'Kommunledningsförvaltningen' });
    expect(Buffer.from(saved.logo!.base64, 'base64').toString('utf8')).toBe(svg);
    const changes = listChanges(ctx, { since: '2000-01-01', limit: 20 }).filter((c) => c.entity === 'document_settings');
    expect(changes.map((c) => [c.field, c.newValue])).toEqual(expect.arrayContaining([
      ['authorName', 'Anna Lind'], ['authorTitle', 'Jämställdhetsstrateg'], ['administration', 'Kommunledningsförvaltningen'],
      ['logo', expect.stringMatching(/^logo\.svg \(image\/svg\+xml, 1 kB, [0-9a-f]{8}\)$/)],
    ]));
    undoLastChange(ctx);
    const undone = getSettings(ctx);
    expect(undone).toEqual({ authorName: '', authorTitle: '', administration: '', municipality: 'Åsbacka kommun', logo: null, version: expect.any(Number) });
    // Undo is a change too: the version rises, so a form still holding the saved settings is told.
    expect(undone.version).toBeGreaterThan(saved.version);
  });

  it('takes a PNG, and removes the logo again with null', async () => {
    const { session, ctx } = withDemoPlan();
    expect((await update(session, { logo: { name: 'logo.png', type: 'image/png', base64: png.toString('base64') } })).ok).toBe(true);
    expect(getSettings(ctx).logo?.type).toBe('image/png');
    expect((await update(session, { logo: null })).ok).toBe(true);
    expect(getSettings(ctx).logo).toBeNull();
  });

  it('counts a field of only spaces as empty', async () => {
    const { session, ctx } = withDemoPlan();
    await update(session, { authorName: 'Anna Lind' });
    expect((await update(session, { authorName: '   \t ', municipality: '  ' })).ok).toBe(true);
    expect(getSettings(ctx)).toMatchObject({ authorName: '', municipality: '' });
  });

  describe('refuses a logo that is not an image, too large, or an SVG with script or external references, and saves nothing', () => {
    const big = Buffer.concat([png, Buffer.alloc(1024 * 1024)]);
    it.each([
      ['a text file called PNG', { name: 'logo.png', type: 'image/png', base64: Buffer.from('inte en bild').toString('base64') },
        'Logotypen logo.png är inte en PNG-bild. Välj en PNG- eller SVG-fil.'],
      ['a PNG larger than 1 MB', { name: 'stor.png', type: 'image/png', base64: big.toString('base64') },
        'Logotypen stor.png är 1,1 MB. Den får vara högst 1 MB; välj en mindre bild.'],
      ['an SVG with a script', svgLogo(svg.replace('</svg>', '<script>alert(1)</script></svg>')), /innehåller skript och kan inte användas/],
      ['an SVG with an event attribute', svgLogo(svg.replace('<rect ', '<rect onload="alert(1)" ')), /innehåller skript \(händelseattribut\)/],
      ['an SVG linking an outside image', svgLogo(svg.replace('</svg>', '<image href="https://example.com/a.png"/></svg>')), /hänvisar till en extern fil eller adress/],
      ['an SVG with an xlink:href to a file', svgLogo(svg.replace('</svg>', '<use xlink:href="file:///etc/passwd#x"/></svg>')), /hänvisar till en extern fil eller adress/],
      ['an SVG with an outside url()', svgLogo(svg.replace('url(#sky)', 'url(https://example.com/x.svg#a)')), /hänvisar till en extern fil eller adress/],
      ['an SVG with entities', svgLogo(`<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg}`), /DOCTYPE eller entiteter/],
      ['an SVG with foreignObject', svgLogo(svg.replace('</svg>', '<foreignObject><p>x</p></foreignObject></svg>')), /foreignObject/],
      ['a file that is not SVG at all', svgLogo('hej'), /är inte en SVG-bild/],
      ['a type other than PNG or SVG', { name: 'logo.gif', type: 'image/gif', base64: 'R0lGODlh' }, 'Filtyp: måste vara ett av: PNG, SVG. Inget har sparats.'],
    ])('%s', async (_, logo, message) => {
      const { session, file } = withDemoPlan();
      await update(session, { authorName: 'Anna Lind' });
      const before = tableRows(file, 'document_settings');
      const changes = tableRows(file, 'change_log').length;
      const result = await update(session, { authorName: 'Någon annan', logo });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.problems?.[0].field).toMatch(/^logo/);
      if (typeof message === 'string') expect(result.error.message).toBe(message);
      else expect(result.error.message).toMatch(message);
      expect(tableRows(file, 'document_settings')).toEqual(before);
      expect(tableRows(file, 'change_log')).toHaveLength(changes);
    });
  });

  it('accepts an SVG with an embedded raster image and internal references', async () => {
    const { session } = withDemoPlan();
    const embedded = svg.replace('</svg>', `<image href="data:image/png;base64,${png.toString('base64')}" width="10" height="10"/><use href="#sky"/></svg>`);
    expect((await update(session, { logo: svgLogo(embedded) })).ok).toBe(true);
  });

  it('is refused when the plan file is open read-only', async () => {
    const { session } = withDemoPlan();
    const result = await dispatch({ ...session, readOnly: true }, 'updateSettings', { authorName: 'Anna Lind' });
    expect(result.ok).toBe(false);
  });
});
