import { useEffect, useRef } from 'react';
import type { Plan } from '@shared/domain/types';
import { useCall } from '@renderer/data/useCall';
import { notesFor, usePresentationData } from './presentationData';
import { SlideView } from './SlideView';

/** Width the slides are drawn at for the handout: an A4 landscape page at print resolution. */
const PRINT_WIDTH = 1100;

/** Waits until every chart has drawn its bars (a chart may draw a frame after its slide). */
function whenDrawn(container: HTMLElement, done: () => void, started = performance.now()): void {
  const charts = Array.from(container.querySelectorAll('.slide-chart'));
  const drawn = charts.every((chart) => chart.querySelector('[data-segment]') !== null || chart.textContent === '');
  if (drawn || performance.now() - started > 3000) done();
  else requestAnimationFrame(() => whenDrawn(container, done, started));
}

/**
 * Every slide at once, off screen and hidden from assistive technology, drawn only to be printed
 * as the meeting's handout; `onReady` gets one element per slide.
 */
export function SlidesForPrint({ plan, bodyId, onReady }: { plan: Plan; bodyId: number | null; onReady: (slides: HTMLElement[]) => void }) {
  const { slides, data, areaOfAction, actionNumbers } = usePresentationData(plan, bodyId);
  const notes = useCall('listMeetingNotes', { planId: plan.id }).data ?? [];
  const ref = useRef<HTMLDivElement>(null);
  const readyRef = useRef(onReady);
  useEffect(() => {
    readyRef.current = onReady;
  });
  useEffect(() => {
    const container = ref.current;
    if (!container || !data) return;
    let cancelled = false;
    requestAnimationFrame(() => whenDrawn(container, () => {
      if (!cancelled) readyRef.current(Array.from(container.children) as HTMLElement[]);
    }));
    return () => {
      cancelled = true;
    };
  }, [data]);
  if (!data) return null;
  return (
    <div ref={ref} className="slides-print" aria-hidden="true" inert>
      {slides.map((slide, i) => (
        <SlideView key={slide.key} slide={slide} data={data} notes={notesFor(slide, notes, areaOfAction)}
          position={`Bild ${i + 1} av ${slides.length}`} chartWidth={PRINT_WIDTH} actionNumbers={actionNumbers} />
      ))}
    </div>
  );
}
