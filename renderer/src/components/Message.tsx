/** A refusal or failure, announced to screen readers. */
export function ErrorMessage({ text }: { text: string | null }) {
  if (!text) return null;
  return <p className="error" role="alert">{text}</p>;
}
