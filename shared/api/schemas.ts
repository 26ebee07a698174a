import { z } from 'zod';
import { isIsoDate } from '../dates';
import { ASSESSMENTS, REPORTED_STATUSES } from '../domain/status';
import { BODY_KINDS, DELETABLE_ENTITIES, RESPONSIBILITY_ROLES, SOURCE_KINDS } from '../domain/kinds';
import { FOLLOW_UP_RHYTHMS } from '../domain/period';
import { INDICATOR_UNITS, MEASURE_DIRECTIONS, MEASURE_UNITS } from '../domain/measureUnits';
import { normaliseText, refusedCharacter, refusedCharacterMessage } from '../textRule';

/**
 * The field helpers every input schema is made of (each feature's schemas are in its own file
 * beside this one: plan.ts, audit.ts …). Objects are strict: an unknown key is an error, not
 * something silently dropped. Swedish messages are made from the issue codes in
 * electron/services/api/validationMessages.ts.
 */
export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/**
 * The version of the record a form loaded (every editable record carries one, raised by each update).
 * Given on an update and older than the file's, the save is refused as an edit conflict (AppErrorData.edit);
 * left out, the save is made as before (the desktop, the CLI).
 */
export const rowVersion = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional();

/**
 * Every string of the contract is made here, so the text rule (shared/textRule.ts) covers it: a
 * lone surrogate or noncharacter is refused, naming the field, before any other check; otherwise
 * line breaks are normalised, control characters removed and the text put in NFC, and the checks
 * that follow (trim, length) see the cleaned text.
 */
export function text(): z.ZodString {
  return z.string().check((payload) => {
    const found = refusedCharacter(payload.value);
    if (found) payload.issues.push({ code: 'custom', message: refusedCharacterMessage(found), input: payload.value, continue: false });
  }).overwrite(normaliseText);
}

export const shortText = text().trim().max(300);
export const requiredText = text().trim().min(1).max(300);
export const longText = text().max(20_000);
export const isoDate = text().refine(isIsoDate, { message: 'invalid_date' });
export const optionalDate = isoDate.nullable();
export const year = z.number().int().min(1900).max(2200);

// The enumerations as schemas: each list is defined once in shared/domain, its words in shared/labels.ts.
export const reportedStatus = z.enum(REPORTED_STATUSES);
export const assessment = z.enum(ASSESSMENTS);
export const bodyKind = z.enum(BODY_KINDS);
export const sourceKind = z.enum(SOURCE_KINDS);
export const responsibilityRole = z.enum(RESPONSIBILITY_ROLES);
export const followUpRhythm = z.enum(FOLLOW_UP_RHYTHMS);
export const measureUnit = z.enum(MEASURE_UNITS);
export const measureDirection = z.enum(MEASURE_DIRECTIONS);
export const indicatorUnit = z.enum(INDICATOR_UNITS);
export const deletableEntity = z.enum(DELETABLE_ENTITIES);
/** A mått's figure (utgångsvärde, målvärde, utfall): what the unit allows is checked by the service. */
export const measureNumber = z.number().min(-1e12).max(1e12);

export const empty = z.strictObject({});
export const byId = z.strictObject({ id });
export const byActionId = z.strictObject({ actionId: id });
export const byPlan = z.strictObject({ planId: id.optional() });
