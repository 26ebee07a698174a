/** The yearly uppföljningsrapport and the other reports are built on this view. */
export function ReportsView() {
  return (
    <section aria-labelledby="reports-heading">
      <h1 id="reports-heading">Rapporter</h1>
      <p>Här tar du fram årets uppföljningsrapport, en rapport per nämnd och status för revisionens rekommendationer.</p>
      <p className="muted">Rapporterna är inte byggda ännu i den här versionen.</p>
    </section>
  );
}
