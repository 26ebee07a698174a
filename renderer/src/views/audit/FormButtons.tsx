/** Avbryt and the save button at the foot of every Granskningar form. */
export function FormButtons({ onCancel, saving, label }: { onCancel: () => void; saving: boolean; label: string }) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={onCancel}>Avbryt</button>
      <button type="submit" className="button button-primary" disabled={saving}>{label}</button>
    </div>
  );
}
