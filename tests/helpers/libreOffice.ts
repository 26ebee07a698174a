import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { requireTool, toolOrSkip } from './tools';

/**
 * LibreOffice (`soffice` on PATH), which every test that has a real reader open an export finds
 * the same way. Missing, the test fails in CI (CI installs it, .ci/run) and is skipped, saying
 * why, elsewhere.
 */
export function requireSoffice(context: { skip: (note?: string) => never }): string {
  return requireTool(context, 'soffice', SOFFICE_INSTALL);
}

/** For a file whose tests all need LibreOffice: its path, or null to skip them (describe.skipIf); fails in CI. */
export function sofficeForFile(): string | null {
  const tool = toolOrSkip('soffice', SOFFICE_INSTALL);
  return 'path' in tool ? tool.path : null;
}

const SOFFICE_INSTALL = 'libreoffice-writer-nogui och libreoffice-calc-nogui (Debian) eller LibreOffice';

/**
 * Has LibreOffice (`soffice`, from requireSoffice) open each file and convert it to PDF, all in one
 * run (a start costs seconds). Returns the PDF of each file, or null where LibreOffice could not read the file.
 */
export function convertToPdf(soffice: string, files: string[], outDir: string): Map<string, string | null> {
  const result = spawnSync(soffice, ['--headless', `-env:UserInstallation=file://${outDir}/lo-profile`, '--convert-to', 'pdf', '--outdir', outDir, ...files],
    { encoding: 'utf8', timeout: 170_000 });
  if (result.status !== 0) throw new Error(`soffice: ${result.stderr}`);
  return new Map(files.map((file) => {
    const pdf = join(outDir, `${basename(file, extname(file))}.pdf`);
    return [file, existsSync(pdf) ? pdf : null];
  }));
}
