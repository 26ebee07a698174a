import type { MenuItemConstructorOptions } from 'electron';

/** What the menu can ask for; index.ts and fileActions.ts supply the Electron side. */
export interface MenuActions {
  newFile: () => void;
  openFile: () => void;
  openRecent: (path: string) => void;
  saveCopy: () => void;
  about: () => void;
  quit: () => void;
  /** Switches the window to presentationsläge (see presentation.ts). */
  presentation: () => void;
  /** Arkiv → Mallar: saves the template for a plan import (see templateAction.ts). */
  saveTemplate?: () => void;
  /** Arkiv → Återställ från säkerhetskopia…: opens the renderer's restore dialog (see restoreMenu.ts). */
  restoreBackup?: () => void;
  /** Arkiv → Anslut till server…, a recent server, Koppla från servern (see serverWindow.ts). */
  connectServer?: () => void;
  openServer?: (url: string) => void;
  disconnectServer?: () => void;
}

export interface MenuOptions {
  /** Developer tools are offered only in development builds. */
  showDevTools?: boolean;
  /** Servers connected to before, newest first. */
  recentServers?: string[];
  /** The host of the server the window shows now, if any. */
  connectedServer?: string | null;
}

/** '&' marks a mnemonic in Windows menu labels; a path containing one must show it literally. */
function literal(label: string): string {
  return label.replace(/&/g, '&&');
}

function recentMenu(actions: MenuActions, recentFiles: string[]): MenuItemConstructorOptions[] {
  if (recentFiles.length === 0) return [{ label: 'Inga senaste filer', enabled: false }];
  return recentFiles.map((path) => ({ label: literal(path), click: () => actions.openRecent(path) }));
}

function serverMenu(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  if (!actions.connectServer) return [];
  const recent = options.recentServers ?? [];
  const open = actions.openServer;
  return [
    { type: 'separator' },
    { label: 'Anslut till server…', click: () => actions.connectServer!() },
    {
      label: 'Senaste servrar',
      submenu: recent.length === 0 || !open
        ? [{ label: 'Inga senaste servrar', enabled: false }]
        : recent.map((url) => ({ label: literal(url), click: () => open(url) })),
    },
    ...(options.connectedServer && actions.disconnectServer
      ? [{ label: `Koppla från ${literal(options.connectedServer)}`, click: () => actions.disconnectServer!() }]
      : []),
  ];
}

/** The Swedish application menu, as plain data so it can be tested without Electron. */
export function buildMenuTemplate(
  actions: MenuActions,
  recentFiles: string[],
  options: MenuOptions = {},
): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Arkiv',
      submenu: [
        { label: 'Ny planfil…', accelerator: 'CmdOrCtrl+N', click: () => actions.newFile() },
        { label: 'Öppna…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFile() },
        { label: 'Senaste filer', submenu: recentMenu(actions, recentFiles) },
        { label: 'Spara kopia som…', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveCopy() },
        ...(actions.restoreBackup ? [{ label: 'Återställ från säkerhetskopia…', click: () => actions.restoreBackup!() }] : []),
        ...(actions.saveTemplate ? [{ label: 'Mallar', submenu: [{ label: 'Mall för import av plan…', click: () => actions.saveTemplate!() }] }] : []),
        ...serverMenu(actions, options),
        { type: 'separator' },
        { label: 'Avsluta', accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() },
      ],
    },
    {
      label: 'Redigera',
      submenu: [
        { label: 'Ångra', role: 'undo' },
        { label: 'Gör om', role: 'redo' },
        { type: 'separator' },
        { label: 'Klipp ut', role: 'cut' },
        { label: 'Kopiera', role: 'copy' },
        { label: 'Klistra in', role: 'paste' },
        { label: 'Markera allt', role: 'selectAll' },
      ],
    },
    {
      label: 'Visa',
      submenu: [
        { label: 'Ladda om', role: 'reload' },
        { type: 'separator' },
        { label: 'Presentationsläge', accelerator: 'F5', click: () => actions.presentation() },
        { type: 'separator' },
        { label: 'Zooma in', role: 'zoomIn' },
        { label: 'Zooma ut', role: 'zoomOut' },
        { label: 'Återställ zoom', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Helskärm', role: 'togglefullscreen', accelerator: 'F11' },
        ...(options.showDevTools ? [{ label: 'Utvecklarverktyg', role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: 'Hjälp',
      submenu: [{ label: 'Om Planuppföljning', click: () => actions.about() }],
    },
  ];
}
