import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Gives a chart its container's width as a number. recharts' own `responsive` measures every
 * chart with getBoundingClientRect (a forced layout each) and draws once more after its first
 * ResizeObserver call; reading the width here, before paint, lets each chart draw once.
 */
export function MeasuredWidth({ height, children }: { height: number; children: (width: number) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = (): void => setWidth(Math.floor(element.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return <div ref={ref} className="measured-width" style={{ minHeight: height }}>{width > 0 && children(width)}</div>;
}
