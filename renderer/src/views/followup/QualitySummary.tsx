import { QUALITY_ISSUES, QUALITY_ISSUE_LABEL, QUALITY_ISSUE_WHY, qualitySummaryText, type QualityReport } from '@shared/domain/followUpQuality';

/** The whole plan at a glance: how many åtgärder have a problem, and how many of each kind. */
export function QualitySummary({ report }: { report: QualityReport }) {
  return (
    <div className="quality-summary card">
      <p className="quality-headline" data-quality-summary>{qualitySummaryText(report)}</p>
      {report.planFindings.length > 0 && (
        <>
          <h2 className="quality-subheading">Om planen som helhet</h2>
          <ul className="quality-plan-findings">
            {report.planFindings.map((text) => <li key={text}>{text}</li>)}
          </ul>
        </>
      )}
      <table className="quality-kinds">
        <caption className="visually-hidden">Antal åtgärder per slags brist</caption>
        <thead>
          <tr>
            <th scope="col">Brist</th>
            <th scope="col" className="quality-col-count">Åtgärder</th>
            <th scope="col">Varför det gör uppföljningen svår</th>
          </tr>
        </thead>
        <tbody>
          {QUALITY_ISSUES.map((issue) => (
            <tr key={issue} data-quality-kind={issue} className={report.counts[issue] === 0 ? 'quality-kind-none' : undefined}>
              <th scope="row">{QUALITY_ISSUE_LABEL[issue]}</th>
              <td className="quality-col-count">{report.counts[issue]}</td>
              <td>{QUALITY_ISSUE_WHY[issue]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
