import { useState } from 'react';
import { ROLE_LABELS, type UserAccount } from '@shared/domain/users';
import { formatDateTime } from '@shared/dates';
import { errorMessage } from '@renderer/api/client';
import { ErrorMessage } from '@renderer/components/Message';
import { firstError } from '@renderer/data/results';
import { useCall } from '@renderer/data/useCall';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { useSessionStore } from '@renderer/stores/sessionStore';
import { UserForm } from './UserForm';
import { saveUser } from './userWrites';
import './users.css';

/**
 * Användare (server mode, administratör): who may sign in, as what, for which nämnder, and when
 * they last did. Adding, changing and deactivating go through saveUser; the server checks that
 * the caller is an administratör, whatever this view shows.
 */
export function UsersView() {
  const users = useCall('listUsers', {});
  const bodies = useCall('listBodies', {});
  const localAccounts = useSessionStore((s) => s.session?.server.authMode !== 'oidc');
  const [editing, setEditing] = useState<{ user: UserAccount | null } | null>(null);
  const bodyName = new Map((bodies.data ?? []).map((b) => [b.id, b.name]));

  const setActive = async (user: UserAccount, active: boolean): Promise<void> => {
    try {
      await saveUser({ id: user.id, name: user.name, login: user.login, role: user.role, bodyIds: user.bodyIds, active });
      useNoticeStore.getState().show(active ? `${user.name} kan logga in igen.` : `${user.name} inaktiverades och kan inte längre logga in.`);
    } catch (error) {
      useNoticeStore.getState().show(errorMessage(error), 'error');
    }
  };

  return (
    <section aria-labelledby="users-heading" className="users">
      <div className="page-head">
        <h1 id="users-heading">Användare</h1>
        <div className="page-actions">
          <button type="button" className="button button-primary" onClick={() => setEditing({ user: null })}>Ny användare</button>
        </div>
      </div>
      <ErrorMessage text={firstError(users, bodies)} />
      {users.data && (
        <table className="data-table users-table">
          <caption className="visually-hidden">Användare som får logga in i planen</caption>
          <thead>
            <tr>
              <th scope="col">Namn</th><th scope="col">Inloggning</th><th scope="col">Roll</th><th scope="col">Nämnder</th>
              <th scope="col">Aktiv</th><th scope="col">Senast inloggad</th>
              <th scope="col"><span className="visually-hidden">Ändra eller inaktivera</span></th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((u) => (
              <tr key={u.id} className={u.active ? undefined : 'muted'}>
                <th scope="row">{u.name}</th>
                <td>{u.login}</td>
                <td>{ROLE_LABELS[u.role]}</td>
                <td>{u.bodyIds.length === 0 ? '–' : u.bodyIds.map((id) => bodyName.get(id) ?? `Nämnd ${id}`).join(', ')}</td>
                <td>{u.active ? 'Ja' : 'Nej'}</td>
                <td>{u.lastSignIn === null ? 'Aldrig' : formatDateTime(u.lastSignIn)}</td>
                <td className="row-buttons">
                  <button type="button" className="button button-small" aria-label={`Ändra ${u.name}`} onClick={() => setEditing({ user: u })}>Ändra</button>
                  {' '}
                  <button type="button" className={u.active ? 'button button-small button-danger-outline' : 'button button-small'}
                    aria-label={`${u.active ? 'Inaktivera' : 'Aktivera'} ${u.name}`} onClick={() => void setActive(u, !u.active)}>
                    {u.active ? 'Inaktivera' : 'Aktivera'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <UserForm user={editing?.user ?? null} bodies={bodies.data ?? []} localAccounts={localAccounts}
        open={editing !== null} onClose={() => setEditing(null)} />
    </section>
  );
}
