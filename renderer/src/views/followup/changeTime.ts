import { format, parseISO } from 'date-fns';

/** The change log stores UTC instants; people read them as local sv-SE date and time. */
export function changeDate(at: string): string {
  return format(parseISO(at), 'yyyy-MM-dd');
}

export function changeTime(at: string): string {
  return format(parseISO(at), 'HH:mm');
}
