import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupRootIn, userDataDir } from '../../../electron/services/backup/backupRoot';

describe('where browser mode keeps backups by default', () => {
  it('is Electron’s userData for the app on each OS, so both modes share a plan file’s backups', () => {
    expect(userDataDir('linux', {}, '/home/anna')).toBe(join('/home/anna', '.config', 'Planuppföljning'));
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/anna')).toBe(join('/xdg', 'Planuppföljning'));
    expect(userDataDir('darwin', {}, '/Users/anna')).toBe(join('/Users/anna', 'Library', 'Application Support', 'Planuppföljning'));
    expect(userDataDir('win32', { APPDATA: 'C:\\Users\\anna\\AppData\\Roaming' }, 'C:\\Users\\anna')).toBe(join('C:\\Users\\anna\\AppData\\Roaming', 'Planuppföljning'));
    expect(backupRootIn('/u')).toBe(join('/u', 'Säkerhetskopior'));
  });
});
