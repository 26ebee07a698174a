import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { SHOW_PRESENTATION_SCRIPT, showPresentation } from '../../electron/main/presentation';

describe('showPresentation (Visa → Presentationsläge)', () => {
  it('switches the page to its presentation route with a fixed script, as a user gesture so it may go full screen', async () => {
    const executeJavaScript = vi.fn(async () => undefined);
    showPresentation({ executeJavaScript } as never);
    expect(executeJavaScript).toHaveBeenCalledWith("window.location.hash = '#/presentation'", true);
    expect(SHOW_PRESENTATION_SCRIPT).toBe("window.location.hash = '#/presentation'");
  });

  it('does nothing without a window, and a failing page is logged, not thrown', async () => {
    expect(() => showPresentation(null)).not.toThrow();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    showPresentation({ executeJavaScript: vi.fn(async () => { throw new Error('gone'); }) } as never);
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith('[presentation]', expect.any(Error)));
    error.mockRestore();
  });
});
