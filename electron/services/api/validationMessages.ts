import type { z } from 'zod';
import { fieldLabel, STATUS_LABEL, ASSESSMENT_LABEL, BODY_KIND_LABEL, LOGO_TYPE_LABEL } from '@shared/labels';
import { entityLabel } from '@shared/changeLabels';
import { MEASURE_DIRECTION_LABEL, MEASURE_UNIT_LABEL } from '@shared/measureLabels';
import { AppError, type FieldProblem } from '@shared/errors';
import { truncateText } from '@shared/textRule';

const VALUE_LABEL: Record<string, string> = { ...STATUS_LABEL, ...ASSESSMENT_LABEL, ...BODY_KIND_LABEL, ...LOGO_TYPE_LABEL, ...MEASURE_UNIT_LABEL, ...MEASURE_DIRECTION_LABEL };

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${truncateText(text, 40)}…` : text;
}

const NOTHING_SAVED = 'Inget har sparats.';
const number = (value: unknown) => (typeof value === 'number' || typeof value === 'bigint' ? value.toLocaleString('sv-SE') : String(value));

/** A number's lower or upper bound, as a person says it; an id beyond every possible id is just "too large". */
function bound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  if (issue.code === 'too_big') {
    if (Number(issue.maximum) >= Number.MAX_SAFE_INTEGER) return 'är för stort.';
    return issue.inclusive === false ? `måste vara mindre än ${number(issue.maximum)}.` : `får vara högst ${number(issue.maximum)}.`;
  }
  return issue.inclusive === false ? `måste vara större än ${number(issue.minimum)}.` : `måste vara minst ${number(issue.minimum)}.`;
}

/** One zod issue as a Swedish sentence that names the field, e.g. "Titel: måste fyllas i." */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return 'saknas.';
      return issue.expected === 'int' ? 'måste vara ett heltal.'
        : issue.expected === 'number' ? 'måste vara ett tal.'
          : issue.expected === 'string' ? 'måste vara en text.'
            : issue.expected === 'boolean' ? 'måste vara ja eller nej.'
              : issue.expected === 'array' ? 'måste vara en lista.'
                : 'har fel form.';
    case 'too_small':
      if (issue.origin === 'array' && issue.path[issue.path.length - 1] === 'responsible') return 'välj minst en ansvarig nämnd.';
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'måste fyllas i.' : `måste ha minst ${number(issue.minimum)} tecken.`;
      if (issue.origin === 'array') return Number(issue.minimum) <= 1 ? 'måste ha minst en rad.' : `måste ha minst ${number(issue.minimum)} rader.`;
      return bound(issue);
    case 'too_big':
      if (issue.origin === 'string') return `får vara högst ${number(issue.maximum)} tecken.`;
      if (issue.origin === 'array') return `får ha högst ${number(issue.maximum)} rader.`;
      return bound(issue);
    case 'invalid_value':
      return `måste vara ett av: ${issue.values.map((v) => VALUE_LABEL[String(v)] ?? entityLabel(String(v))).join(', ')}.`;
    case 'invalid_format':
      return 'har fel format.';
    case 'unrecognized_keys':
      return `okänt fält ${issue.keys.map((k) => `”${shown(k)}”`).join(', ')}.`;
    case 'custom':
      if (issue.message === 'invalid_date') return `”${shown(valueAt(input, issue.path))}” är inte ett datum (ÅÅÅÅ-MM-DD).`;
      return issue.message;
    case 'invalid_union':
      return 'har ett värde som inte är tillåtet.';
    case 'not_multiple_of':
      return 'måste vara ett heltal.';
    default:
      return 'är ogiltigt.';
  }
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Object.prototype.hasOwnProperty.call(current, key) ? (current as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return current;
}

/**
 * Every problem of a refused input, each naming its field as the form does, each said once (zod
 * can report one fault twice, e.g. an id beyond the safe integers). A refused write says that
 * nothing was saved.
 */
export function validationError(error: z.ZodError, input: unknown, write = false): AppError {
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((p) => p !== 'patch').map(String);
    const field = path.join('.') || 'input';
    const label = path.length > 0 ? fieldLabel(path.join('.')) : 'Indata';
    const message = `${label}: ${describeIssue(issue, input)}`;
    if (!problems.some((p) => p.field === field && p.message === message)) problems.push({ field, message });
  }
  const sentences = [...new Set(problems.map((p) => p.message))];
  return new AppError('validation', [...sentences, ...(write ? [NOTHING_SAVED] : [])].join(' '), problems);
}
