import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHttpApi, takeTokenFromUrl } from './api/httpApi';
import { App } from './App';
import './styles.css';

// In Electron the preload has set window.api; in browser mode we provide the same calls over HTTP.
if (!(window as Partial<Window>).api) window.api = createHttpApi(takeTokenFromUrl());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
