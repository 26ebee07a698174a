import { useEffect } from 'react';
import { ErrorMessage } from './components/Message';
import { useAppStore, useSelectedPlan } from './stores/appStore';
import { useUiStore, VIEWS, type ViewId } from './stores/uiStore';
import { AuditsView } from './views/AuditsView';
import { BodiesView } from './views/BodiesView';
import { OverviewView } from './views/OverviewView';
import { PlanView } from './views/PlanView';
import { ReportsView } from './views/ReportsView';
import type { Plan } from '../../shared/domain/types';

function CurrentView({ view, plan }: { view: ViewId; plan: Plan }) {
  switch (view) {
    case 'oversikt': return <OverviewView plan={plan} />;
    case 'plan': return <PlanView plan={plan} />;
    case 'namnder': return <BodiesView plan={plan} />;
    case 'granskningar': return <AuditsView />;
    case 'rapporter': return <ReportsView />;
  }
}

export function App() {
  const { info, plans, selectedPlanId, error, load, selectPlan } = useAppStore();
  const plan = useSelectedPlan();
  const { view, show } = useUiStore();
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Planuppföljning</span>
        {info && <span className="file" title={info.filePath}>{info.fileName}{info.readOnly && ' (skrivskyddad)'}</span>}
        {plans.length > 1 && (
          <label className="plan-select">
            Plan{' '}
            <select value={selectedPlanId ?? ''} onChange={(e) => selectPlan(Number(e.target.value))}>
              {plans.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
        )}
      </header>
      <nav className="sidebar" aria-label="Huvudmeny">
        <ul>
          {VIEWS.map((v) => (
            <li key={v.id}>
              <button type="button" aria-current={view === v.id ? 'page' : undefined} onClick={() => show(v.id)}>{v.label}</button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <ErrorMessage text={error} />
        {info && !plan && <p>Planfilen innehåller ingen plan ännu.</p>}
        {plan && <CurrentView view={view} plan={plan} />}
      </main>
    </div>
  );
}
