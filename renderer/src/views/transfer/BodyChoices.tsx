import type { PlanImportBody } from '@shared/domain/transfer';
import { BODY_MATCH_LABEL } from '@shared/transferLabels';

/** '' = not chosen yet, 'new' = create, else the id of an existing nämnd. */
export type BodyChoice = '' | 'new' | `${number}`;

/**
 * The nämnder named in the file and what they will be: an existing nämnd, a new one, or — when
 * the name is close to an existing one — whatever the user chooses here. Nothing is merged unasked.
 */
export function BodyChoices({ bodies, choices, onChoose }: {
  bodies: PlanImportBody[];
  choices: Record<string, BodyChoice>;
  onChoose: (name: string, choice: BodyChoice) => void;
}) {
  return (
    <table className="transfer-table">
      <caption className="visually-hidden">Nämnder i filen</caption>
      <thead>
        <tr><th scope="col">Namn i filen</th><th scope="col">Åtgärder</th><th scope="col">I planfilen</th></tr>
      </thead>
      <tbody>
        {bodies.map((body) => (
          <tr key={body.name} className={body.match.kind === 'near' && !choices[body.name] ? 'transfer-needs-choice' : undefined}>
            <th scope="row">{body.name}</th>
            <td className="transfer-number">{body.actions}</td>
            <td>
              {body.match.kind === 'existing' && <>{BODY_MATCH_LABEL.existing}{body.match.bodyName !== body.name && ` (${body.match.bodyName})`}</>}
              {body.match.kind === 'new' && BODY_MATCH_LABEL.new}
              {body.match.kind === 'near' && (
                <select aria-label={`Vad är ”${body.name}”?`} value={choices[body.name] ?? ''} required
                  onChange={(e) => onChoose(body.name, e.target.value as BodyChoice)}>
                  <option value="">Välj: liknar {body.match.candidates.map((c) => `”${c.name}”`).join(' eller ')}</option>
                  {body.match.candidates.map((c) => <option key={c.bodyId} value={String(c.bodyId)}>Samma som ”{c.name}”</option>)}
                  <option value="new">Ny nämnd ”{body.name}”</option>
                </select>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
