import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../../electron/services/platform';

const showMessageBox = vi.fn(async () => ({ response: 0 }));
vi.mock('electron', () => ({ dialog: { showMessageBox: (...args: unknown[]) => showMessageBox(...(args as [])) } }));

const { buildMenuTemplate } = await import('../../electron/main/menu');
const { createTemplateAction } = await import('../../electron/main/templateAction');
const { NO_PLATFORM } = await import('../../electron/services/platform');
const { FileSession } = await import('../../electron/main/fileSession');
const { dispatch } = await import('../../electron/services/api/dispatch');
const { createPlanFile } = await import('../../electron/services/db/openPlanFile');
const { useTempDirs } = await import('./helpers');
const { join } = await import('node:path');

const tempDir = useTempDirs();
const sessions: InstanceType<typeof FileSession>[] = [];
afterEach(() => { for (const files of sessions.splice(0)) files.close(); });

/** The relay to a host, played by dispatch on a session whose platform is the test's. */
function callWith(platform: Platform) {
  const path = join(tempDir(), 'plan.sqlite');
  createPlanFile(path).db.close();
  const files = new FileSession('1', undefined, platform);
  files.open(path);
  sessions.push(files);
  return (name: string, input: unknown) => dispatch(files.current(), name, input);
}

const noop = () => undefined;
const actions = { newFile: noop, openFile: noop, openRecent: noop, saveCopy: noop, about: noop, quit: noop, presentation: noop };

describe('Arkiv → Mallar', () => {
  it('offers the plan import template, built by the services and saved through the platform', async () => {
    const saveTemplate = vi.fn();
    const arkiv = buildMenuTemplate({ ...actions, saveTemplate }, [])[0].submenu as MenuItemConstructorOptions[];
    const mallar = arkiv.find((i) => i.label === 'Mallar')!;
    const item = (mallar.submenu as MenuItemConstructorOptions[])[0];
    expect(item.label).toBe('Mall för import av plan…');
    (item.click as () => void)();
    expect(saveTemplate).toHaveBeenCalledOnce();

    const deliverFile = vi.fn(async () => ({ kind: 'cancelled' as const }));
    createTemplateAction(callWith({ ...NO_PLATFORM, deliverFile }), () => null)();
    await vi.waitFor(() => expect(deliverFile).toHaveBeenCalled(), { timeout: 20_000 });
    expect(deliverFile.mock.calls[0]).toMatchObject([{ fileName: 'Mall för import av handlingsplan.xlsx', mimeType: expect.stringContaining('spreadsheetml') }]);
  });

  it('says so in a dialog when the template cannot be saved', async () => {
    const deliverFile = vi.fn(async () => { throw new Error('disken är full'); });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    createTemplateAction(callWith({ ...NO_PLATFORM, deliverFile }), () => null)();
    await vi.waitFor(() => expect(showMessageBox).toHaveBeenCalled(), { timeout: 20_000 });
    expect(showMessageBox.mock.calls[0]).toMatchObject([{ type: 'warning', message: 'Mallen kunde inte sparas. Försök igen.' }]);
  });

  it('is left out where no template action is given', () => {
    const arkiv = buildMenuTemplate(actions, [])[0].submenu as MenuItemConstructorOptions[];
    expect(arkiv.some((i) => i.label === 'Mallar')).toBe(false);
  });
});
