import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHttpApi, takeTokenFromUrl } from './api/httpApi';
import { App } from './App';
import { connectDataLayer } from './data/dataLayer';
import { queryClient } from './data/queryClient';
import './styles.css';

// In Electron the preload has set window.api; in browser mode we provide the same calls over HTTP.
if (!(window as Partial<Window>).api) window.api = createHttpApi(takeTokenFromUrl());

connectDataLayer();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
