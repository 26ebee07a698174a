import { ROLE_LABELS, ROLES, MIN_PASSWORD_LENGTH, type Role, type UserAccount } from '@shared/domain/users';
import type { Body } from '@shared/domain/types';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { FormDialog } from '@renderer/components/FormDialog';
import { useDraftForm } from '@renderer/hooks/useDraftForm';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { FormButtons } from '../audit/FormButtons';
import { saveUser } from './userWrites';

const FIELDS = ['name', 'login', 'role', 'bodyIds', 'active', 'password'];

interface UserDraft {
  name: string;
  login: string;
  role: Role;
  bodyIds: number[];
  active: boolean;
  password: string;
}

function toDraft(user: UserAccount | null): UserDraft {
  return user === null
    ? { name: '', login: '', role: 'rapportor', bodyIds: [], active: true, password: '' }
    : { name: user.name, login: user.login, role: user.role, bodyIds: user.bodyIds, active: user.active, password: '' };
}

/**
 * Ny användare (user = null) or change one: name, login, role, the nämnder a rapportör reports for,
 * whether the account may sign in, and (local accounts) a password. The server's account store
 * decides what is valid (the length of a password, a login already taken); its messages go beside the fields.
 */
export function UserForm({ user, bodies, localAccounts, open, onClose }: {
  user: UserAccount | null;
  bodies: Body[];
  /** Local sign-in: passwords are set here; with OpenID Connect the identity provider has them. */
  localAccounts: boolean;
  open: boolean;
  onClose: () => void;
}) {
  const { draft, update, failure, saving, dirty, submit, form } = useDraftForm({
    initial: toDraft(user),
    open, fields: FIELDS, onClose,
    save: async ({ password, ...fields }) => {
      const saved = await saveUser({
        ...(user !== null && { id: user.id }),
        ...fields,
        bodyIds: fields.role === 'rapportor' ? fields.bodyIds : [],
        ...(password !== '' && { password }),
      });
      useNoticeStore.getState().show(user === null ? `${saved.name} lades till.` : `${saved.name} sparades.`);
    },
  });
  const offered = bodies.filter((b) => b.active || draft.bodyIds.includes(b.id));
  const toggleBody = (id: number, on: boolean): void =>
    update({ bodyIds: on ? [...draft.bodyIds, id] : draft.bodyIds.filter((b) => b !== id) });

  return (
    <FormDialog title={user ? `Ändra ${user.name}` : 'Ny användare'} open={open} dirty={dirty} onClose={onClose}>
      {(requestClose) => (
        <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
          <ErrorMessage text={failure?.message ?? null} />
          <Field label="Namn" error={failure?.fields.name}>
            <input value={draft.name} onChange={(e) => update({ name: e.target.value })} aria-required="true" autoComplete="off" />
          </Field>
          <Field label="Inloggning" hint={localAccounts ? 'Användarnamnet personen loggar in med' : 'E-postadressen hos kommunens inloggning'} error={failure?.fields.login}>
            <input value={draft.login} onChange={(e) => update({ login: e.target.value })} aria-required="true" autoComplete="off" />
          </Field>
          <Field label="Roll" error={failure?.fields.role}>
            <select value={draft.role} onChange={(e) => update({ role: e.target.value as Role })}>
              {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
            </select>
          </Field>
          {draft.role === 'rapportor' && (
            <fieldset className={failure?.fields.bodyIds ? 'field field-invalid user-bodies' : 'field user-bodies'}
              aria-describedby={failure?.fields.bodyIds ? 'user-bodies-error' : undefined}>
              <legend>Rapporterar för nämnder</legend>
              {offered.length === 0 && <p className="muted">Planen har inga nämnder ännu.</p>}
              {offered.map((b) => (
                <label key={b.id} className="user-check">
                  <input type="checkbox" checked={draft.bodyIds.includes(b.id)} onChange={(e) => toggleBody(b.id, e.target.checked)} />
                  {' '}{b.name}
                </label>
              ))}
              {failure?.fields.bodyIds && <span id="user-bodies-error" className="field-error">{failure.fields.bodyIds}</span>}
            </fieldset>
          )}
          <label className="user-check">
            <input type="checkbox" checked={draft.active} onChange={(e) => update({ active: e.target.checked })} />
            {' '}Aktiv (får logga in)
          </label>
          {localAccounts && (
            <Field label={user ? 'Nytt lösenord' : 'Lösenord'} error={failure?.fields.password}
              hint={user ? `Tomt: lösenordet ändras inte. Minst ${MIN_PASSWORD_LENGTH} tecken.` : `Minst ${MIN_PASSWORD_LENGTH} tecken.`}>
              <input type="password" value={draft.password} onChange={(e) => update({ password: e.target.value })} autoComplete="new-password" />
            </Field>
          )}
          <FormButtons onCancel={requestClose} saving={saving} label={user ? 'Spara' : 'Lägg till'} />
        </form>
      )}
    </FormDialog>
  );
}
