import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFileFromArgs } from '../../electron/main/planFileArgument';

describe('planFileFromArgs: the file a double-click or "Öppna med" hands to the app', () => {
  it('takes a plan file passed by the installer’s association, absolute or relative to the working directory', () => {
    expect(planFileFromArgs(['C:\\Program\\Planuppföljning.exe', 'C:\\Planer\\Åsbacka 2026.planfil'], 'C:\\')).toBe(resolve('C:\\', 'C:\\Planer\\Åsbacka 2026.planfil'));
    expect(planFileFromArgs(['/opt/Planuppfoljning/planuppfoljning', 'planer/kommun.PLANFIL'], '/home/anna')).toBe(join('/home/anna', 'planer/kommun.PLANFIL'));
    expect(planFileFromArgs(['/usr/bin/planuppfoljning', '/srv/gamla/plan.sqlite'], '/')).toBe('/srv/gamla/plan.sqlite');
  });

  it('ignores the program, switches, the development start "electron ." and files that are not plan files', () => {
    expect(planFileFromArgs(['electron', '.'], '/work')).toBeNull();
    expect(planFileFromArgs(['app', '--allow-file-access', '--inspect=9229'], '/')).toBeNull();
    expect(planFileFromArgs(['app', '/hem/bild.png', '/hem/rapport.docx'], '/')).toBeNull();
    expect(planFileFromArgs(['/hem/plan.planfil'], '/')).toBeNull();
  });

  it('takes the last plan file when several are given (a second start hands over its own argv)', () => {
    expect(planFileFromArgs(['app', '/a/först.planfil', '--flagga', '/a/sist.db'], '/')).toBe('/a/sist.db');
  });
});
