import { useId } from 'react';
import {
  checkFollowUpQuality, MAX_RESPONSIBLE, MIN_WORDS, QUALITY_ISSUES, QUALITY_ISSUE_LABEL, type QualityIssue,
} from '@shared/domain/followUpQuality';
import type { Plan } from '@shared/domain/types';
import { ErrorMessage } from '../components/Message';
import { useFollowUp } from '../data/planReads';
import { useFollowUpUiStore } from '../stores/followUpUiStore';
import { Loading } from './followup/Loading';
import { QualityFindings } from './followup/QualityFindings';
import { QualitySummary } from './followup/QualitySummary';

function HowItWorks() {
  return (
    <details className="quality-how">
      <summary>Så görs kontrollen</summary>
      <ul>
        <li>Ingen deadline: fältet Klart senast är tomt (visas som Löpande).</li>
        <li>Deadline utanför planperioden: året för Klart senast ligger före eller efter planens period.</li>
        <li>Ingen huvudansvarig: ingen av de ansvariga nämnderna är markerad som huvudansvarig.</li>
        <li>Fler än {MAX_RESPONSIBLE} ansvariga: ansvaret är delat på fler än {MAX_RESPONSIBLE} nämnder.</li>
        <li>{QUALITY_ISSUE_LABEL.no_indicator}: åtgärden har inget mått och fältet Indikator/mål är tomt.</li>
        <li>
          För vagt formulerad: titel och beskrivning har tillsammans färre än {MIN_WORDS} ord, eller texten saknar
          både ”ska” och verb som ”ta fram”, ”införa” eller ”utbilda”. Det är en enkel tumregel – läs texten själv
          innan du ändrar den.
        </li>
      </ul>
    </details>
  );
}

/** Uppföljningsbarhet: a check of the plan itself — can its åtgärder be followed up at all? */
export function QualityView({ plan }: { plan: Plan }) {
  const { actions, error, ready } = useFollowUp(plan.id);
  const { qualityFilter, setQualityFilter } = useFollowUpUiStore();
  const listId = useId();
  const filterId = useId();
  if (!ready) {
    return (
      <section aria-labelledby="quality-heading">
        <h1 id="quality-heading">Uppföljningsbarhet</h1>
        <ErrorMessage text={error} />
        {!error && <Loading />}
      </section>
    );
  }

  const report = checkFollowUpQuality(plan, actions);
  const shown = qualityFilter === 'all' ? report.actions : report.actions.filter((a) => a.findings.some((f) => f.issue === qualityFilter));
  return (
    <section aria-labelledby="quality-heading" className="quality">
      <h1 id="quality-heading">Uppföljningsbarhet</h1>
      <p className="quality-intro">
        En kontroll av planen själv: har varje åtgärd ett datum, en huvudansvarig nämnd och ett mål som går att mäta?
        Det är det revisionen frågar efter när den prövar om en plan går att följa upp.
      </p>
      <ErrorMessage text={error} />
      <QualitySummary report={report} />

      <section aria-labelledby={listId}>
        <div className="quality-list-header">
          <h2 id={listId}>Åtgärder med brister</h2>
          <div className="quality-filter">
            <label htmlFor={filterId}>Visa</label>
            <select id={filterId} value={qualityFilter} onChange={(e) => setQualityFilter(e.target.value as QualityIssue | 'all')}>
              <option value="all">Alla brister ({report.withFindings})</option>
              {QUALITY_ISSUES.map((issue) => (
                <option key={issue} value={issue}>{QUALITY_ISSUE_LABEL[issue]} ({report.counts[issue]})</option>
              ))}
            </select>
          </div>
        </div>
        {shown.length === 0
          ? <p className="quality-empty">{qualityFilter === 'all' ? 'Ingen åtgärd har någon brist.' : 'Ingen åtgärd har den här bristen.'}</p>
          : <QualityFindings actions={shown} />}
      </section>
      <HowItWorks />
    </section>
  );
}
