import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const showMessageBox = vi.fn(async () => ({ response: 0 }));
vi.mock('electron', () => ({ dialog: { showMessageBox: (...args: unknown[]) => showMessageBox(...(args as [])) } }));

const { buildMenuTemplate } = await import('../../electron/main/menu');
const { createTemplateAction } = await import('../../electron/main/templateAction');
const { NO_PLATFORM } = await import('../../electron/services/platform');

const noop = () => undefined;
const actions = { newFile: noop, openFile: noop, openRecent: noop, saveCopy: noop, about: noop, quit: noop, presentation: noop };

describe('Arkiv → Mallar', () => {
  it('offers the plan import template and saves it through the platform', async () => {
    const saveTemplate = vi.fn();
    const arkiv = buildMenuTemplate({ ...actions, saveTemplate }, [])[0].submenu as MenuItemConstructorOptions[];
    const mallar = arkiv.find((i) => i.label === 'Mallar')!;
    const item = (mallar.submenu as MenuItemConstructorOptions[])[0];
    expect(item.label).toBe('Mall för import av plan…');
    (item.click as () => void)();
    expect(saveTemplate).toHaveBeenCalledOnce();

    const deliverFile = vi.fn(async () => ({ kind: 'cancelled' as const }));
    createTemplateAction({ ...NO_PLATFORM, deliverFile }, () => null)();
    await vi.waitFor(() => expect(deliverFile).toHaveBeenCalled(), { timeout: 20_000 });
    expect(deliverFile.mock.calls[0]).toMatchObject([{ fileName: 'Mall för import av handlingsplan.xlsx', mimeType: expect.stringContaining('spreadsheetml') }]);
  });

  it('says so in a dialog when the template cannot be saved', async () => {
    const deliverFile = vi.fn(async () => { throw new Error('disken är full'); });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    createTemplateAction({ ...NO_PLATFORM, deliverFile }, () => null)();
    await vi.waitFor(() => expect(showMessageBox).toHaveBeenCalled(), { timeout: 20_000 });
    expect(showMessageBox.mock.calls[0]).toMatchObject([{ type: 'warning', message: 'Mallen kunde inte sparas. Försök igen.' }]);
  });

  it('is left out where no template action is given', () => {
    const arkiv = buildMenuTemplate(actions, [])[0].submenu as MenuItemConstructorOptions[];
    expect(arkiv.some((i) => i.label === 'Mallar')).toBe(false);
  });
});
