import { useNoticeStore } from '../stores/noticeStore';

/** The live region for short confirmations and refusals. */
export function Notice() {
  const { text, tone, clear } = useNoticeStore();
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {text && (
        <div className={`notice notice-${tone}`}>
          <span>{text}</span>
          <button type="button" className="link-button" onClick={clear} aria-label="Stäng meddelandet">✕</button>
        </div>
      )}
    </div>
  );
}
