import type { z } from 'zod';
import { fieldLabel, STATUS_LABEL, ASSESSMENT_LABEL, BODY_KIND_LABEL } from '../../../shared/labels';
import { AppError, type FieldProblem } from '../../../shared/errors';

const VALUE_LABEL: Record<string, string> = { ...STATUS_LABEL, ...ASSESSMENT_LABEL, ...BODY_KIND_LABEL };

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** One zod issue as a Swedish sentence that names the field, e.g. "Titel: måste fyllas i." */
function describe(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return 'saknas.';
      return issue.expected === 'number' || issue.expected === 'int' ? 'måste vara ett tal.'
        : issue.expected === 'string' ? 'måste vara en text.'
          : issue.expected === 'boolean' ? 'måste vara ja eller nej.'
            : issue.expected === 'array' ? 'måste vara en lista.'
              : 'har fel form.';
    case 'too_small':
      if (issue.origin === 'array' && issue.path[issue.path.length - 1] === 'responsible') return 'välj minst en ansvarig nämnd.';
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'måste fyllas i.' : `måste ha minst ${issue.minimum} tecken.`;
      if (issue.origin === 'array') return Number(issue.minimum) <= 1 ? 'måste ha minst en rad.' : `måste ha minst ${issue.minimum} rader.`;
      return `måste vara minst ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return `får vara högst ${issue.maximum} tecken.`;
      if (issue.origin === 'array') return `får ha högst ${issue.maximum} rader.`;
      return `får vara högst ${issue.maximum}.`;
    case 'invalid_value':
      return `måste vara ett av: ${issue.values.map((v) => VALUE_LABEL[String(v)] ?? String(v)).join(', ')}.`;
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

export function validationError(error: z.ZodError, input: unknown): AppError {
  const problems: FieldProblem[] = error.issues.map((issue) => {
    const path = issue.path.filter((p) => p !== 'patch').map(String);
    const field = path.join('.') || 'input';
    const label = path.length > 0 ? fieldLabel(path.join('.')) : 'Indata';
    return { field, message: `${label}: ${describe(issue, input)}` };
  });
  return new AppError('validation', problems.map((p) => p.message).join(' '), problems);
}
