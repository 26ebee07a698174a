import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

/** LibreOffice, where installed (CI installs it, .ci/run); tests that need it say so and skip without. */
export function soffice(): string | null {
  return ['/usr/bin/soffice', '/usr/local/bin/soffice'].find(existsSync) ?? null;
}

/**
 * Has LibreOffice open each file and convert it to PDF, all in one run (a start costs seconds).
 * Returns the PDF of each file, or null where LibreOffice could not read the file.
 */
export function convertToPdf(files: string[], outDir: string): Map<string, string | null> {
  const result = spawnSync(soffice()!, ['--headless', `-env:UserInstallation=file://${outDir}/lo-profile`, '--convert-to', 'pdf', '--outdir', outDir, ...files],
    { encoding: 'utf8', timeout: 170_000 });
  if (result.status !== 0) throw new Error(`soffice: ${result.stderr}`);
  return new Map(files.map((file) => {
    const pdf = join(outDir, `${basename(file, extname(file))}.pdf`);
    return [file, existsSync(pdf) ? pdf : null];
  }));
}
