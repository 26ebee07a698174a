import { useBackupDialogStore } from './backupDialogStore';
import './backup.css';

/** The way into Återställ från säkerhetskopia… where there is no Arkiv menu (browser mode), and a second one in Electron. */
export function BackupSection() {
  const show = useBackupDialogStore((s) => s.show);
  return (
    <section className="card backup-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Automatiska säkerhetskopior</h2>
      <p>
        Programmet kopierar planfilen när den öppnas och sedan högst var tionde minut när något har ändrats.
        En kopia återställs alltid till en ny fil; den öppna filen ändras inte.
      </p>
      <button type="button" className="button" onClick={show}>Återställ från säkerhetskopia…</button>
    </section>
  );
}
