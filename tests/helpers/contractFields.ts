import type { z } from 'zod';
import { CALL_NAMES, contract, type CallName } from '@shared/api/contract';

/**
 * Every field of every API call, found by walking the contract's zod schemas, so a test over
 * "every text field" covers a field added tomorrow without being edited. A schema construct the
 * walker does not know fails loudly rather than being skipped.
 */
export type FieldPath = (string | number)[];

export interface ContractField {
  call: CallName;
  /** Keys from the input's root; 0 stands for "an item of this list". */
  path: FieldPath;
  /** 'string' for text (free text, dates, keys), else the zod type of the leaf. */
  type: string;
  schema: z.ZodType;
  /** Values the path needs around it to reach this field (the `kind` of a discriminated union). */
  context: { path: FieldPath; value: unknown }[];
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  values?: unknown[];
}

const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);
const LEAVES = new Set(['string', 'number', 'boolean', 'enum', 'literal']);

function walk(call: CallName, schema: z.ZodType, path: FieldPath, context: ContractField['context'], out: ContractField[]): void {
  const d = def(schema);
  if (WRAPPERS.has(d.type)) return walk(call, d.innerType!, path, context, out);
  if (d.type === 'pipe') return walk(call, d.in!, path, context, out);
  if (LEAVES.has(d.type)) {
    out.push({ call, path, type: d.type, schema, context });
    return;
  }
  if (d.type === 'array') return walk(call, d.element!, [...path, 0], context, out);
  if (d.type === 'union') {
    for (const option of d.options!) walk(call, option, path, context, out);
    return;
  }
  if (d.type === 'object') {
    const shape = d.shape!;
    const literals = Object.entries(shape).filter(([, s]) => def(s).type === 'literal')
      .map(([key, s]) => ({ path: [...path, key], value: def(s).values![0] }));
    for (const [key, child] of Object.entries(shape)) walk(call, child, [...path, key], [...context, ...literals], out);
    return;
  }
  throw new Error(`${call} ${path.join('.')}: the contract walker does not know zod type "${d.type}"`);
}

export function contractFields(): ContractField[] {
  const out: ContractField[] = [];
  for (const call of CALL_NAMES) walk(call, contract[call].input as z.ZodType, [], [], out);
  return out;
}

/** The fields a person types text into (strings that are not a closed list). */
export function textFields(): ContractField[] {
  return contractFields().filter((f) => f.type === 'string');
}

/** An input with `value` at the field's path and only what is needed to reach it. */
export function inputAt(field: ContractField, value: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const set = (path: FieldPath, v: unknown) => {
    let node: Record<string | number, unknown> = root;
    path.forEach((key, i) => {
      if (i === path.length - 1) {
        node[key] = v;
        return;
      }
      node[key] ??= typeof path[i + 1] === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    });
  };
  for (const c of field.context) set(c.path, c.value);
  set(field.path, value);
  return root;
}

/** The path as dispatch reports it in a problem's `field` ("patch." is left out, list positions kept). */
export function problemField(field: ContractField): string {
  return field.path.filter((p) => p !== 'patch').map(String).join('.');
}
