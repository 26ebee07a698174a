import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { buildMenuTemplate, type MenuActions } from '../../electron/main/menu';

function fakeActions() {
  return {
    newFile: vi.fn<() => void>(),
    openFile: vi.fn<() => void>(),
    openRecent: vi.fn<(path: string) => void>(),
    saveCopy: vi.fn<() => void>(),
    about: vi.fn<() => void>(),
    quit: vi.fn<() => void>(),
    presentation: vi.fn<() => void>(),
  } satisfies MenuActions;
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (item?.submenu ?? []) as MenuItemConstructorOptions[];
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no menu item ${label}`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has exactly the Swedish top-level menus', () => {
    expect(buildMenuTemplate(fakeActions(), []).map((m) => m.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);
  });

  it('has the file commands in Arkiv with their shortcuts', () => {
    const arkiv = submenu(buildMenuTemplate(fakeActions(), [])[0]);
    expect(arkiv.filter((i) => i.type !== 'separator').map((i) => i.label))
      .toEqual(['Ny planfil…', 'Öppna…', 'Senaste filer', 'Spara kopia som…', 'Avsluta']);
    expect(find(arkiv, 'Ny planfil…').accelerator).toBe('CmdOrCtrl+N');
    expect(find(arkiv, 'Öppna…').accelerator).toBe('CmdOrCtrl+O');
    expect(find(arkiv, 'Spara kopia som…').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(find(arkiv, 'Avsluta').accelerator).toBe('CmdOrCtrl+Q');
  });

  it('calls the matching action for each Arkiv and Hjälp item', () => {
    const actions = fakeActions();
    const [arkivMenu, , , hjalpMenu] = buildMenuTemplate(actions, []);
    const arkiv = submenu(arkivMenu);
    click(find(arkiv, 'Ny planfil…'));
    expect(actions.newFile).toHaveBeenCalledOnce();
    click(find(arkiv, 'Öppna…'));
    expect(actions.openFile).toHaveBeenCalledOnce();
    click(find(arkiv, 'Spara kopia som…'));
    expect(actions.saveCopy).toHaveBeenCalledOnce();
    click(find(arkiv, 'Avsluta'));
    expect(actions.quit).toHaveBeenCalledOnce();
    click(find(submenu(hjalpMenu), 'Om Planuppföljning'));
    expect(actions.about).toHaveBeenCalledOnce();
  });

  it('lists recent files and opens the one clicked', () => {
    const actions = fakeActions();
    const recent = ['/plan/a.sqlite', '/plan/B & C.sqlite'];
    const items = submenu(find(submenu(buildMenuTemplate(actions, recent)[0]), 'Senaste filer'));
    expect(items.map((i) => i.label)).toEqual(['/plan/a.sqlite', '/plan/B && C.sqlite']);
    click(items[1]);
    expect(actions.openRecent).toHaveBeenCalledWith('/plan/B & C.sqlite');
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const items = submenu(find(submenu(buildMenuTemplate(fakeActions(), [])[0]), 'Senaste filer'));
    expect(items).toEqual([{ label: 'Inga senaste filer', enabled: false }]);
  });

  it('uses Electron roles with Swedish labels for editing', () => {
    const redigera = submenu(buildMenuTemplate(fakeActions(), [])[1]).filter((i) => i.type !== 'separator');
    expect(redigera.map((i) => [i.label, i.role])).toEqual([
      ['Ångra', 'undo'], ['Gör om', 'redo'], ['Klipp ut', 'cut'], ['Kopiera', 'copy'], ['Klistra in', 'paste'], ['Markera allt', 'selectAll'],
    ]);
  });

  it('offers developer tools only when asked (not in the packaged app)', () => {
    const labels = (showDevTools: boolean) =>
      submenu(buildMenuTemplate(fakeActions(), [], { showDevTools })[2]).map((i) => i.label);
    expect(labels(false)).not.toContain('Utvecklarverktyg');
    expect(labels(true)).toContain('Utvecklarverktyg');
    expect(labels(false)).toEqual(expect.arrayContaining(['Ladda om', 'Presentationsläge', 'Zooma in', 'Zooma ut', 'Återställ zoom', 'Helskärm']));
    expect(submenu(buildMenuTemplate(fakeActions(), [])[2]).map((i) => i.label)).not.toContain('Utvecklarverktyg');
  });

  it('offers Presentationsläge in Visa on F5', () => {
    const actions = fakeActions();
    const visa = submenu(buildMenuTemplate(actions, [])[2]);
    const item = find(visa, 'Presentationsläge');
    expect(item.accelerator).toBe('F5');
    click(item);
    expect(actions.presentation).toHaveBeenCalledOnce();
  });

  it('puts full screen on F11', () => {
    const visa = submenu(buildMenuTemplate(fakeActions(), [])[2]);
    expect(find(visa, 'Helskärm')).toMatchObject({ role: 'togglefullscreen', accelerator: 'F11' });
  });

  it('Arkiv offers Anslut till server…, the recent servers, and Koppla från while connected', () => {
    const actions = { ...fakeActions(), connectServer: vi.fn<() => void>(), openServer: vi.fn<(url: string) => void>(), disconnectServer: vi.fn<() => void>() };
    const none = submenu(buildMenuTemplate(actions, [])[0]);
    expect(submenu(find(none, 'Senaste servrar'))).toEqual([{ label: 'Inga senaste servrar', enabled: false }]);
    expect(none.some((i) => i.label?.startsWith('Koppla från'))).toBe(false);
    click(find(none, 'Anslut till server…'));
    expect(actions.connectServer).toHaveBeenCalledOnce();

    const arkiv = submenu(buildMenuTemplate(actions, [], { recentServers: ['https://a.kommun.se/', 'https://b&c.se/'], connectedServer: 'a.kommun.se' })[0]);
    const recent = submenu(find(arkiv, 'Senaste servrar'));
    expect(recent.map((i) => i.label)).toEqual(['https://a.kommun.se/', 'https://b&&c.se/']);
    click(recent[1]);
    expect(actions.openServer).toHaveBeenCalledWith('https://b&c.se/');
    click(find(arkiv, 'Koppla från a.kommun.se'));
    expect(actions.disconnectServer).toHaveBeenCalledOnce();
  });
});
