/** Shown until a view's data has arrived: polite, so a screen reader is not interrupted. */
export function Loading() {
  return <p className="muted" role="status">Hämtar uppgifter …</p>;
}
