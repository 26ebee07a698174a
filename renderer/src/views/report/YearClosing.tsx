import { useState } from 'react';
import { formatDate } from '@shared/dates';
import type { ClosedYear } from '@shared/report/model';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';

/** "Stäng år NNNN" freezes the year's reports; "Öppna år NNNN igen" lets them change again. Both ask first. */
export function YearClosing({ year, closed, readOnly, onClose, onReopen }: {
  year: number;
  closed: ClosedYear | null;
  readOnly: boolean;
  onClose: () => Promise<void>;
  onReopen: () => Promise<void>;
}) {
  const [asking, setAsking] = useState(false);
  const confirm = () => {
    setAsking(false);
    void (closed ? onReopen() : onClose());
  };
  return (
    <div className="year-closing">
      {closed && <p className="year-closed-note">År {year} stängdes {formatDate(closed.closedAt.slice(0, 10))} av {closed.closedBy}. Rapporterna visar läget då.</p>}
      <button type="button" className="button" disabled={readOnly} onClick={() => setAsking(true)}>
        {closed ? `Öppna år ${year} igen` : `Stäng år ${year}`}
      </button>
      <ConfirmDialog
        open={asking}
        title={closed ? `Öppna år ${year} igen?` : `Stäng år ${year}?`}
        message={closed
          ? `Rapporterna för ${year} byggs då på nytt från planens uppgifter, som kan ha ändrats sedan året stängdes. Att året öppnas sparas i ändringsloggen.`
          : `Statusar, texter och siffror i årets rapporter sparas som de är nu, så att rapporterna för ${year} ser likadana ut även om något ändras senare. Texterna kan inte ändras förrän året öppnas igen.`}
        confirmLabel={closed ? `Öppna år ${year}` : `Stäng år ${year}`}
        onConfirm={confirm}
        onCancel={() => setAsking(false)}
      />
    </div>
  );
}
