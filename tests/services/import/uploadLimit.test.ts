import { describe, expect, it } from 'vitest';
import { checkZipSize } from '../../../electron/services/import/zipGuard';
import { readSpreadsheet } from '../../../electron/services/import/spreadsheet';
import { uploadedFile } from '@shared/api/transfer';
import { sizeProblem } from '@renderer/views/transfer/fileUpload';
import { sha256, withDemoPlan } from '../../helpers/planFile';
import { refusal, upload } from './importHelpers';

/**
 * The README's promise, pinned with its own number rather than the constant under test: an upload
 * is at most 5 MB, and the renderer, the API schema and the zip guard each hold that line.
 */
const FIVE_MB = 5 * 1024 * 1024;
const bytes = (n: number): Uint8Array<ArrayBuffer> => new Uint8Array(new ArrayBuffer(n)).fill(65);

describe('uploads are at most 5 MB', { timeout: 60_000 }, () => {
  it('in the renderer: a chosen file of 5 MB passes, one byte more gets a plain answer before it is sent', () => {
    expect(sizeProblem(new File([bytes(FIVE_MB)], 'plan.xlsx'))).toBeNull();
    expect(sizeProblem(new File([bytes(FIVE_MB + 1)], 'plan.xlsx'))).toBe('”plan.xlsx” är för stor (5.0 MB). Högst 5 MB går att läsa in.');
  });

  it('in the API schema: 5 MB of base64 passes, one byte more is refused in Swedish and writes nothing', async () => {
    expect(uploadedFile.safeParse(upload('plan.xlsx', bytes(FIVE_MB))).success).toBe(true);
    expect(uploadedFile.safeParse(upload('plan.xlsx', bytes(FIVE_MB - 1))).success).toBe(true);
    expect(uploadedFile.safeParse(upload('plan.xlsx', bytes(FIVE_MB + 1))).success).toBe(false);
    const { session, file } = withDemoPlan();
    const before = sha256(file.path);
    const error = await refusal(session, 'commitPlanImport', { file: upload('plan.xlsx', bytes(FIVE_MB + 1)), target: { kind: 'new', name: 'Stor' }, statusDate: '2026-11-26' });
    expect(error.message).toBe('Fil: filen är för stor (högst 5 MB). Inget har sparats.');
    expect(sha256(file.path)).toBe(before);
  });

  it('in the zip guard and the spreadsheet reader: 5 MB is read, one byte more is refused for its size', async () => {
    // 5 MB of "A" is no workbook, so it is refused, but for what it is, not for its size.
    await expect(checkZipSize(bytes(FIVE_MB), 'plan.xlsx')).rejects.toThrow('”plan.xlsx” går inte att läsa som Excel-arbetsbok (.xlsx).');
    await expect(checkZipSize(bytes(FIVE_MB + 1), 'plan.xlsx')).rejects.toThrow('”plan.xlsx” är för stor (högst 5 MB).');
    await expect(readSpreadsheet(bytes(FIVE_MB + 1), 'plan.csv')).rejects.toThrow('”plan.csv” är för stor (högst 5 MB).');
    expect(await readSpreadsheet(bytes(FIVE_MB), 'plan.csv')).toHaveLength(1);
  });
});
