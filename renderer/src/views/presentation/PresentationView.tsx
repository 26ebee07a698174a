import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan } from '@shared/domain/types';
import { useAppInfo } from '@renderer/stores/appStore';
import { useDashboardStore } from '@renderer/stores/dashboardStore';
import { useFilterStore } from '@renderer/stores/filterStore';
import { useCall } from '@renderer/data/useCall';
import { useUiStore } from '@renderer/stores/uiStore';
import { StatusPatternDefs } from '../dashboard/statusStyle';
import '../dashboard/dashboard.css';
import { NoteDialog, type NoteSubject } from './NoteDialog';
import { notesFor, usePresentationData } from './presentationData';
import { slideTitle, type Slide } from './slides';
import { SlideView } from './SlideView';
import { usePresentationKeys } from './usePresentationKeys';

/** What a note on this slide can be about: the whole plan, the slide's område, or one of its åtgärder. */
function noteSubjects(slide: Slide, planName: string): { subjects: NoteSubject[]; initial: string } {
  const subjects: NoteSubject[] = [{ key: 'plan', label: `Hela planen (${planName})`, areaId: null, actionId: null }];
  if (slide.kind === 'area' || slide.kind === 'measures') {
    subjects.push({ key: `area-${slide.area.id}`, label: `Utvecklingsområdet ${slide.area.name}`, areaId: slide.area.id, actionId: null });
  }
  if (slide.kind === 'area' || slide.kind === 'overdue') {
    for (const row of slide.rows) subjects.push({ key: `action-${row.id}`, label: `Åtgärd ${row.number} ${row.title}`, areaId: null, actionId: row.id });
  }
  const initial = slide.kind === 'area' || slide.kind === 'measures' ? `area-${slide.area.id}` : slide.kind === 'overdue' && slide.rows.length > 0 ? `action-${slide.rows[0].id}` : 'plan';
  return { subjects, initial };
}

/** The slides' type grows with the screen (presentation.css); the chart's type follows it. */
function useChartFontSize(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = (): void => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return Math.round(Math.min(28, Math.max(18, width * 0.0145)));
}

function leave(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  useUiStore.getState().show('oversikt');
}

/**
 * Presentationsläge for the delegation's meeting: full screen, large type, no edit controls.
 * ←/→ and PageUp/PageDown step through the slides, Esc leaves; "Anteckna" records what the meeting
 * said about the slide's område or åtgärd without leaving full screen.
 */
export function PresentationView({ plan }: { plan: Plan }) {
  const today = useAppInfo()?.today ?? null;
  const bodyId = useFilterStore((s) => s.filter.bodyId);
  const forDashboardPlan = useDashboardStore((s) => s.forPlan);
  const notes = useCall('listMeetingNotes', { planId: plan.id }).data ?? [];
  const { slides, data, bodyName, areaOfAction, actionNumbers } = usePresentationData(plan, bodyId);
  const [index, setIndex] = useState(0);
  const [noteOpen, setNoteOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const noteOpenRef = useRef(false);
  useEffect(() => {
    noteOpenRef.current = noteOpen;
  }, [noteOpen]);

  useEffect(() => {
    // Started with F5 from another view: the dashboard's dates default to today.
    if (today !== null) forDashboardPlan(plan.id, today);
  }, [plan.id, today, forDashboardPlan]);

  useEffect(() => {
    // Allowed right after F5 or a click (user activation); elsewhere the slides simply fill the window.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    // The browser's own Esc ends full screen without a key event: then leave presentationsläge too.
    const onFullscreenChange = (): void => {
      if (!document.fullscreenElement && !noteOpenRef.current && useUiStore.getState().view === 'presentation') leave();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => document.removeEventListener('fullscreenchange', onFullscreenChange);
  }, []);

  const chartFontSize = useChartFontSize();
  const current = Math.min(index, slides.length - 1);
  const slide = slides[current];
  const position = `Bild ${current + 1} av ${slides.length}`;
  const go = useCallback((to: number) => {
    const next = Math.max(0, Math.min(slides.length - 1, to));
    setIndex(next);
    setAnnouncement(`Bild ${next + 1} av ${slides.length}: ${slideTitle(slides[next])}`);
  }, [slides]);
  usePresentationKeys({
    blocked: noteOpen,
    next: () => go(current + 1),
    previous: () => go(current - 1),
    first: () => go(0),
    last: () => go(slides.length - 1),
    leave,
    note: () => setNoteOpen(true),
  });

  const { subjects, initial } = noteSubjects(slide, plan.name);

  return (
    <div className="presentation" data-slide-index={current} data-slide-count={slides.length}>
      <StatusPatternDefs />
      <main className="presentation-stage" aria-roledescription="bildspel" aria-label={`Presentation: ${plan.name}${bodyName ? `, ${bodyName}` : ''}`}>
        {data ? <SlideView slide={slide} data={data} notes={notesFor(slide, notes, areaOfAction)} position={position}
          chartFontSize={chartFontSize} actionNumbers={actionNumbers} />
          : <p className="slide-loading">Laddar …</p>}
      </main>
      <nav className="presentation-bar" aria-label="Presentation">
        <button type="button" className="presentation-button" onClick={() => go(current - 1)} disabled={current === 0}>
          <span aria-hidden="true">←</span> Föregående
        </button>
        <span className="presentation-position" aria-hidden="true">{current + 1} / {slides.length}</span>
        <button type="button" className="presentation-button" onClick={() => go(current + 1)} disabled={current === slides.length - 1}>
          Nästa <span aria-hidden="true">→</span>
        </button>
        <button type="button" className="presentation-button" onClick={() => setNoteOpen(true)} aria-keyshortcuts="A">Anteckna (A)</button>
        <button type="button" className="presentation-button" onClick={leave} aria-keyshortcuts="Escape">Avsluta (Esc)</button>
      </nav>
      <div className="visually-hidden" role="status" aria-live="polite">{announcement}</div>
      {today && (
        <NoteDialog open={noteOpen} planId={plan.id} today={today} subjects={subjects} initialSubject={initial}
          onClose={() => setNoteOpen(false)}
          onSaved={(note) => {
            setNoteOpen(false);
            setAnnouncement(`Anteckningen sparades: ${note.subject}.`);
          }} />
      )}
    </div>
  );
}
