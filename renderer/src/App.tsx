import { Suspense, useState } from 'react';
import { ErrorMessage } from './components/Message';
import { FileAlertBanner } from './components/FileAlertBanner';
import { Notice } from './components/Notice';
import { useUndoShortcut } from './hooks/windowHooks';
import { useAppInfo, useAppStore, usePlans } from './stores/appStore';
import { ADMIN_VIEWS, useUiStore, VIEWS, type ViewId } from './stores/uiStore';
import { useRole } from './stores/sessionStore';
import { SignedInUser } from './components/SignedInUser';
import { SignedOutNotice } from './components/SignedOutNotice';
import { undo, useNextUndo } from './stores/undoStore';
import { OverviewView } from './views/OverviewView';
import { usePresentationShortcut } from './views/presentation/usePresentationShortcut';
import {
  AuditsView, BodiesView, DeadlinesView, IndicatorsView, PlanView, PresentationView, QualityView, ReportsView, SettingsDialog, SinceView, TodoView,
  TransferView, UsersView,
} from './lazyViews';
import { loadSettings, useSettingsStore } from './stores/settingsStore';
import { RestoreBackupHost } from './views/backup/RestoreBackupHost';
import { ConnectServerHost } from './views/desktop/ConnectServerHost';
import { BackupStatusLine } from './views/backup/BackupStatusLine';
import { FileIntegrityNotice } from './views/backup/FileIntegrityNotice';
import type { Plan } from '@shared/domain/types';

async function openSettings(): Promise<void> {
  await loadSettings();
  useSettingsStore.getState().show();
}

function CurrentView({ view, plan }: { view: ViewId; plan: Plan }) {
  switch (view) {
    case 'att-gora': return <TodoView plan={plan} />;
    case 'oversikt': return <OverviewView plan={plan} />;
    case 'plan': return <PlanView plan={plan} />;
    case 'deadlines': return <DeadlinesView plan={plan} />;
    case 'sedan-senast': return <SinceView plan={plan} />;
    case 'namnder': return <BodiesView plan={plan} />;
    case 'uppfoljningsbarhet': return <QualityView plan={plan} />;
    case 'granskningar': return <AuditsView />;
    case 'indikatorer': return <IndicatorsView />;
    case 'rapporter': return <ReportsView />;
    case 'import-export': return <TransferView plan={plan} />;
    case 'anvandare': return <UsersView />;
  }
}

export function App() {
  const info = useAppInfo();
  const { plans, plan, error } = usePlans();
  const selectPlan = useAppStore((s) => s.selectPlan);
  const { view, show } = useUiStore();
  const next = useNextUndo();
  const role = useRole();
  const menu = role === 'admin' ? [...VIEWS, ...ADMIN_VIEWS] : VIEWS;
  const settingsOpen = useSettingsStore((s) => s.open);
  // Mounted the first time Inställningar opens, then kept: closing the native dialog returns focus.
  const [settingsMounted, setSettingsMounted] = useState(false);
  if (settingsOpen && !settingsMounted) setSettingsMounted(true);
  useUndoShortcut(undo);
  usePresentationShortcut();

  // Presentationsläge takes the whole screen: no menus, no edit controls.
  if (view === 'presentation' && info && plan) return <Suspense fallback={null}><PresentationView plan={plan} /></Suspense>;

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Planuppföljning</span>
        {info && <span className="file" title={info.filePath}>{info.fileName}{info.readOnly && ' (skrivskyddad)'}</span>}
        {plans.length > 1 && (
          <label className="plan-select">
            Plan{' '}
            <select value={plan?.id ?? ''} onChange={(e) => selectPlan(Number(e.target.value))}>
              {plans.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
        )}
        <button type="button" className="topbar-button" onClick={() => void undo()} disabled={!next}
          title={next ? `Ångra: ${next.label} (Ctrl+Z)` : 'Inget att ångra'}>
          Ångra{next ? `: ${next.label}` : ''}
        </button>
        <button type="button" className="topbar-button topbar-settings" onClick={() => void openSettings()}>Inställningar</button>
        <SignedInUser />
      </header>
      <nav className="sidebar" aria-label="Huvudmeny">
        <ul>
          {menu.map((v) => (
            <li key={v.id}>
              <button type="button" aria-current={view === v.id ? 'page' : undefined} onClick={() => show(v.id)}>{v.label}</button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <SignedOutNotice />
        <FileAlertBanner />
        <FileIntegrityNotice />
        <ErrorMessage text={error} />
        {info && !plan && <p>Planfilen innehåller ingen plan ännu.</p>}
        {/* Views other than Översikt load when first shown (lazyViews.ts). */}
        {/* The views take today from the app info (useToday), so they wait for it. */}
        {info && plan && <Suspense fallback={<p className="muted">Laddar …</p>}><CurrentView view={view} plan={plan} /></Suspense>}
      </main>
      <footer className="statusbar">
        {/* Backups are the administratör's (getBackupStatus is an admin call); on the desktop, the one user's. */}
        {(role === null || role === 'admin') && <BackupStatusLine />}
      </footer>
      <Notice />
      <RestoreBackupHost />
      <ConnectServerHost />
      {settingsMounted && <Suspense fallback={null}><SettingsDialog /></Suspense>}
    </div>
  );
}
