import type { ServiceContext } from '../context';
import { createMeasure } from '../measure/measures';
import { setMeasureValue } from '../measure/measureValues';
import type { DemoMeasures } from './demoSchema';

/** The demo's mått and their utfall, written through the ordinary services like everything else in the demo. */
export function loadDemoMeasures(ctx: ServiceContext, owner: { areaId: number | null; actionId: number | null }, measures: DemoMeasures): void {
  for (const m of measures ?? []) {
    const measure = createMeasure(ctx, {
      ...owner, name: m.name, unit: m.unit, direction: m.direction, baselineValue: m.baselineValue ?? null, baselineYear: m.baselineYear ?? null,
      targetValue: m.targetValue ?? null, targetDate: m.targetDate ?? null, source: m.source, definition: m.definition ?? '', comment: '',
    });
    for (const v of m.values) {
      setMeasureValue(ctx, {
        measureId: measure.id, period: v.period, measuredOn: v.measuredOn, value: v.value, comment: v.comment ?? '', source: m.source, reportedBy: v.reportedBy ?? '',
      });
    }
  }
}
