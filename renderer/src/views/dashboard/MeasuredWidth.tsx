import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Gives a chart its container's width as a number, read before paint, so each chart is drawn
 * once at its final width (and again only when the container is resized).
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
