import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Which process a PID names right now. A PID is reused: after a crash or a reboot another program
 * may get the number a lock file names, and "is PID 4242 alive?" would then keep a dead owner's
 * lock for three minutes. The start time tells the owner from a stranger with the same number.
 *
 * - Linux: field 22 of /proc/<pid>/stat (start time in clock ticks since boot) with the boot id,
 *   https://man7.org/linux/man-pages/man5/proc_pid_stat.5.html
 * - macOS: `ps -o lstart=` (the start time to the second).
 * - Elsewhere (Windows): null, and the lock falls back to the heartbeat rule alone.
 */
export function processStart(pid: number): string | null {
  try {
    if (process.platform === 'linux') return linuxStart(pid);
    if (process.platform === 'darwin') {
      const started = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', timeout: 2000 }).trim();
      return started === '' ? null : `darwin:${started}`;
    }
  } catch {
    // No such process, or no way to ask: unknown.
  }
  return null;
}

function linuxStart(pid: number): string | null {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may itself contain spaces or ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = fields[19];
  if (ticks === undefined || !/^\d+$/.test(ticks)) return null;
  const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  return `linux:${boot}:${ticks}`;
}

let own: string | null | undefined;

/** This process's own start, computed once. */
export function ownProcessStart(): string | null {
  if (own === undefined) own = processStart(process.pid);
  return own;
}
