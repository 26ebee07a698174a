import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { CALL_NAMES, contract, type ReadCallName } from '@shared/api/contract';
import { READ_TABLES } from '@shared/api/readTables';
import { TABLE_NAMES } from '@shared/api/tables';
import { capturePlatform } from '../../helpers/capturePlatform';
import { withDemoPlan } from '../../helpers/planFile';
import { recordSql, tablesOf } from '../../helpers/recordTables';
import { demoIds, SAMPLE_INPUTS } from '../../helpers/sampleInputs';

const root = join(__dirname, '..', '..', '..');

const readCalls = (): ReadCallName[] => CALL_NAMES.filter((name): name is ReadCallName => !contract[name].write);

/** Calls that cannot succeed in a plain test session: no backups are kept, no writes were refused, nothing prints PDF. */
const EXPECTED_TO_REFUSE = new Set<ReadCallName>(['listBackups', 'restoreBackup', 'saveUnsavedCopy', 'exportHandout', 'listUsers']);

describe('READ_TABLES: what each read call reads', () => {
  it('names only tables the schema has, and every table of the schema is in the one list', () => {
    const schema = readFileSync(join(root, 'tests/fixtures/schema.sql'), 'utf8');
    const inSchema = [...schema.matchAll(/CREATE TABLE "?(\w+)"?/g)].map((m) => m[1]).sort();
    expect([...TABLE_NAMES].sort()).toEqual(inSchema);
  });

  it('has an entry for exactly the read calls of the contract', () => {
    const reads = CALL_NAMES.filter((name) => !contract[name].write).sort();
    expect(Object.keys(READ_TABLES).sort()).toEqual(reads);
  });

  it('declares every table each read call touches on the demo file', async () => {
    const { session, file } = withDemoPlan();
    const platform = capturePlatform();
    const withFiles = { ...session, platform };
    const ids = await demoIds(withFiles, file.db);

    const undeclared: Record<string, string[]> = {};
    for (const name of readCalls()) {
      for (const input of SAMPLE_INPUTS[name](ids)) {
        const recording = recordSql(file.db);
        let result;
        try {
          result = await dispatch(withFiles, name, input);
        } finally {
          recording.stop();
        }
        if (!EXPECTED_TO_REFUSE.has(name)) expect(result, `${name} ${JSON.stringify(input).slice(0, 80)}`).toMatchObject({ ok: true });
        const declared = new Set<string>(READ_TABLES[name]);
        const missing = [...tablesOf(file.db, recording.statements)].filter((t) => !declared.has(t));
        if (missing.length > 0) undeclared[name] = [...new Set([...(undeclared[name] ?? []), ...missing])].sort();
      }
    }
    expect(undeclared).toEqual({});
  });
});
