import { formatDateLong } from '../dates';

/** Dates in running text: "28 februari 2025". Tables keep ISO ("2025-02-28", shared/dates formatDate). */
export function dateInText(iso: string): string {
  return formatDateLong(iso);
}

/** The closing line of a report or svar: "Åsbacka den 3 december 2026". */
export function placeAndDate(place: string, iso: string): string {
  const date = dateInText(iso);
  return place.trim().length > 0 ? `${place.trim()} den ${date}` : date;
}
