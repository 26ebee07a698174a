import { useEffect, useState, type FormEvent } from 'react';
import { CONNECT_SERVER_EVENT, type DesktopApi } from '@shared/desktop';
import { Field } from '@renderer/components/Field';
import { FormDialog } from '@renderer/components/FormDialog';
import { FormButtons } from '../audit/FormButtons';

declare global {
  interface Window {
    /** Set by the Electron preload on the app's own page only (shared/desktop.ts). */
    desktop?: DesktopApi;
  }
}

/**
 * Mounted once in App: Arkiv → Anslut till server… (electron/main/serverWindow.ts) opens this
 * dialog; the main process checks the address (https://, or http:// to this computer) and loads
 * the server's page in the window, where the person signs in.
 */
export function ConnectServerHost() {
  const [open, setOpen] = useState(false);
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const show = (): void => {
      setProblem(null);
      setOpen(true);
    };
    window.addEventListener(CONNECT_SERVER_EVENT, show);
    return () => window.removeEventListener(CONNECT_SERVER_EVENT, show);
  }, []);
  const desktop = window.desktop;
  if (!desktop) return null;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const result = await desktop.connectToServer(address).catch(() => ({ ok: false as const, message: 'Det gick inte att ansluta. Försök igen.' }));
    setBusy(false);
    if (result.ok) setOpen(false);
    else setProblem(result.message);
  };

  return (
    <FormDialog title="Anslut till server" open={open} dirty={false} onClose={() => setOpen(false)}>
      {(requestClose) => (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Field label="Serverns adress" hint="Till exempel https://plan.kommun.se" error={problem}>
            <input type="url" value={address} onChange={(e) => setAddress(e.target.value)} aria-required="true" autoComplete="url" />
          </Field>
          <FormButtons onCancel={requestClose} saving={busy} label="Anslut" />
        </form>
      )}
    </FormDialog>
  );
}
