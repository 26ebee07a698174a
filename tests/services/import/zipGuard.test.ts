import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../electron/services/api/handlers';
import { ZIP_LIMITS } from '../../../electron/services/import/zipGuard';
import { contentHash } from '../../helpers/dbContent';
import { withDemoPlan } from '../../helpers/planFile';
import { buildZip, deflatedPart, storedPart, zerosPart, type ZipPart } from '../../helpers/zipBuild';
import { zipEntries } from '../../helpers/zipEntry';
import { call, IMPORT_FIXTURES, refusal, upload } from './importHelpers';

/** A real workbook (LibreOffice's), repacked by the test's zip writer, with `extra` parts added. */
function workbookWith(extra: ZipPart[]): Uint8Array {
  const parts = [...zipEntries(join(IMPORT_FIXTURES, 'plan-libreoffice.xlsx'))].map(([name, bytes]) => deflatedPart(name, bytes));
  return buildZip([...parts, ...extra]);
}

const MB = 1024 * 1024;

/** Every call that reads an XLSX upload refuses it with `message`, and the plan file is unchanged. */
async function expectRefusedEverywhere(session: Session, dbHash: () => string, bytes: Uint8Array, message: RegExp): Promise<void> {
  const before = dbHash();
  const file = upload('plan.xlsx', bytes);
  const calls: [Parameters<typeof refusal>[1], unknown][] = [
    ['previewPlanImport', { file }],
    ['commitPlanImport', { file, target: { kind: 'new', name: 'Bomben' }, statusDate: '2026-11-26' }],
    ['previewSvarImport', { file }],
    ['commitSvarImport', { file }],
  ];
  for (const [name, input] of calls) {
    const error = await refusal(session, name, input);
    expect(error.message, name).toMatch(message);
    expect(error.message, name).toMatch(/Inget har sparats\.$/);
  }
  expect(dbHash()).toBe(before);
}

describe('XLSX uploads are checked as zip files before exceljs opens them', { timeout: 60_000 }, () => {
  it('reads the same workbook when nothing is wrong with it', async () => {
    const { session } = withDemoPlan();
    const preview = await call(session, 'previewPlanImport', { file: upload('plan.xlsx', workbookWith([])) });
    expect(preview.actions.length).toBeGreaterThan(0);
  });

  it('refuses a zip bomb: 300 MB of zeros packed into a few hundred kilobytes, nothing written', async () => {
    const { file, session } = withDemoPlan();
    const bomb = workbookWith([await zerosPart('xl/media/zeros.bin', 300 * MB)]);
    expect(bomb.length).toBeLessThan(1 * MB);
    await expectRefusedEverywhere(session, () => contentHash(file.db), bomb, /^Filen är för stor packad upp: ”plan\.xlsx” blir 300 MB uppackad \(högst 200 MB\)/);
  });

  it('refuses a part that unpacks to more than a hundred times its size, and a directory that understates a size', async () => {
    const { file, session } = withDemoPlan();
    const zeros = await zerosPart('xl/worksheets/sheet9.xml', 20 * MB);
    await expectRefusedEverywhere(session, () => contentHash(file.db), workbookWith([zeros]), /^Filen är för stor packad upp: delen ”xl\/worksheets\/sheet9\.xml”.*mer än 100 gånger/);
    await expectRefusedEverywhere(session, () => contentHash(file.db), workbookWith([{ ...zeros, statedSize: 1000 }]), /blir större uppackad än filen anger/);
  });

  it('refuses more parts than a workbook has, and a zip whose directory does not add up', async () => {
    const { file, session } = withDemoPlan();
    const many = Array.from({ length: ZIP_LIMITS.entries + 1 }, (_, i) => storedPart(`x/${i}.xml`, '<x/>'));
    await expectRefusedEverywhere(session, () => contentHash(file.db), workbookWith(many), /består av 10\s010 delar, fler än en Excel-arbetsbok kan ha \(högst 10\s000\)/);
    const truncated = workbookWith([]).subarray(0, 2000);
    await expectRefusedEverywhere(session, () => contentHash(file.db), truncated, /går inte att läsa som Excel-arbetsbok/);
  });
});
