import { readSwedishNumber } from '@shared/readNumber';
import { ApiError } from '@renderer/api/client';

/**
 * A number as the user typed it ("2 480", "1,5", "64 %"), or null for an empty field. Anything
 * else is refused before a call is made, the same way the main process refuses a field, so the
 * message appears beside the field and nothing is saved.
 */
export function typedNumber(text: string, field: string, label: string): number | null {
  if (text.trim() === '') return null;
  const reading = readSwedishNumber(text);
  if (reading !== null) return reading.value;
  const message = `${label}: ”${text.trim()}” är inte ett tal. Skriv till exempel 64 eller 1,5.`;
  throw new ApiError('validation', message, [{ field, message }]);
}

/** How a stored number is put back in a text field: "1,5", without thousands spaces so it reads back the same. */
export function numberForInput(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

/** The same for a field that must be filled in. */
export function requiredNumber(text: string, field: string, label: string): number {
  const value = typedNumber(text, field, label);
  if (value !== null) return value;
  const message = `${label}: måste fyllas i.`;
  throw new ApiError('validation', message, [{ field, message }]);
}
