import { format, parseISO } from 'date-fns';
import { changeLabel } from '@shared/changeLabels';
import { REPORTED_STATUSES, type ReportedStatus } from '@shared/domain/status';
import type { Area, ChangeEntry } from '@shared/domain/types';
import { ASSESSMENT_LABEL, STATUS_LABEL } from '@shared/labels';
import { formatNumber } from '@shared/text';

function isReportedStatus(value: unknown): value is ReportedStatus {
  return typeof value === 'string' && (REPORTED_STATUSES as readonly string[]).includes(value);
}

/** "2026-11-26 10:04" in local time. */
function when(at: string): string {
  return format(parseISO(at), 'yyyy-MM-dd HH:mm');
}

function shorten(text: string): string {
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/** A logged value in words: a whole record (created or deleted) by what matters in it, an område by its name. */
function describe(entry: ChangeEntry, value: string | null, areas: Area[]): string {
  if (value === null || value === '') return '–';
  if (entry.field === 'areaId') return areas.find((a) => String(a.id) === value)?.name ?? value;
  if (entry.field === null && value.startsWith('{')) {
    try {
      const record = JSON.parse(value) as Record<string, unknown>;
      if (entry.entity === 'status_report' && isReportedStatus(record.status)) {
        const assessment = typeof record.assessment === 'string' && record.assessment in ASSESSMENT_LABEL
          ? `, bedömning ${ASSESSMENT_LABEL[record.assessment as keyof typeof ASSESSMENT_LABEL]}` : '';
        return `${STATUS_LABEL[record.status]} per ${String(record.reportedOn)}${assessment}`;
      }
      if (entry.entity === 'meeting_note' && typeof record.note === 'string') return shorten(`${String(record.meetingName)}: ${record.note}`);
      if (entry.entity === 'measure_value' && typeof record.value === 'number') return shorten(`${String(record.measure)}: ${formatNumber(record.value)} för ${String(record.period)}`);
      return shorten(String(record.title ?? record.name ?? '–'));
    } catch {
      return shorten(value);
    }
  }
  return shorten(value);
}

/** The åtgärd's own change log: who changed what, when, from what to what. */
export function ActionLog({ changes, areas }: { changes: ChangeEntry[]; areas: Area[] }) {
  return (
    <section aria-labelledby="log-heading" className="log-section">
      <h2 id="log-heading">Ändringslogg</h2>
      {changes.length === 0 ? <p className="muted">Inga ändringar loggade.</p> : (
        <table className="log">
          <caption className="visually-hidden">Ändringar av åtgärden, nyaste först</caption>
          <thead>
            <tr>
              <th scope="col">Tidpunkt</th>
              <th scope="col">Ändring</th>
              <th scope="col">Från</th>
              <th scope="col">Till</th>
              <th scope="col">Av</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.id}>
                <td className="date">{when(c.at)}</td>
                <td>{changeLabel(c)}</td>
                <td>{describe(c, c.oldValue, areas)}</td>
                <td>{describe(c, c.newValue, areas)}</td>
                <td>{c.user}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
