import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHttpApi, takeTokenFromUrl } from './api/httpApi';
import { startServerMode } from './api/serverMode';
import { App } from './App';
import { connectDataLayer } from './data/dataLayer';
import { queryClient } from './data/queryClient';
import './styles.css';

/**
 * Where window.api comes from: the Electron preload has set it; browser mode's page carries its
 * per-run token; otherwise a server (planuppfoljning serve) served the page and the person signs in.
 */
async function provideApi(): Promise<boolean> {
  if ((window as Partial<Window>).api) return true;
  const token = takeTokenFromUrl();
  if (token === null) {
    const server = await startServerMode();
    if (server === 'signing-in') return false;
    if (server) return true;
  }
  window.api = createHttpApi(token);
  return true;
}

void provideApi().then((ready) => {
  if (!ready) return;
  connectDataLayer();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
});
