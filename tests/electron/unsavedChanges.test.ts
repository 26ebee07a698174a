import { describe, expect, it, vi } from 'vitest';

const showMessageBoxSync = vi.fn();
vi.mock('electron', () => ({ dialog: { showMessageBoxSync: (...args: unknown[]) => showMessageBoxSync(...args) } }));

const { askBeforeLosingChanges } = await import('../../electron/main/unsavedChanges');

function fakeWindow() {
  const listeners = new Map<string, (event: { preventDefault: () => void }) => void>();
  const window = { webContents: { on: (name: string, fn: (event: { preventDefault: () => void }) => void) => listeners.set(name, fn) } };
  askBeforeLosingChanges(window as never);
  return (choice: number) => {
    showMessageBoxSync.mockReturnValueOnce(choice);
    const event = { preventDefault: vi.fn() };
    listeners.get('will-prevent-unload')!(event);
    return event.preventDefault;
  };
}

describe('closing the window with unsaved changes', () => {
  it('asks in Swedish and keeps the window when the user goes on editing', () => {
    const close = fakeWindow();
    expect(close(0)).not.toHaveBeenCalled();
    expect(showMessageBoxSync.mock.calls[0][1]).toMatchObject({ message: 'Du har ändringar som inte är sparade.', buttons: ['Fortsätt redigera', 'Stäng utan att spara'] });
  });

  it('closes only when the user chooses to lose the changes', () => {
    expect(fakeWindow()(1)).toHaveBeenCalled();
  });
});
