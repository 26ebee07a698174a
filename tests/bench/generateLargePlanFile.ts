import { createPlanFile } from '../../electron/services/db/openPlanFile';

/**
 * A large kommun's plan file for the benchmarks: 20 plans, 60 nämnder, 5,000 åtgärder,
 * 100,000 status reports over 2019–2026, and 3 mått per åtgärd with 5 years of utfall
 * (2021–2025, ≈ 75,000 values), written with plain inserts in one transaction.
 * Deterministic (seeded), so runs are comparable.
 */
export interface LargeFileSpec {
  plans: number; areasPerPlan: number; actions: number; bodies: number; statusReports: number;
  /** Mått per åtgärd, each with one utfall a year for `measureYears` years up to 2025. */
  measuresPerAction?: number;
  measureYears?: number;
}

export const LARGE_KOMMUN: LargeFileSpec = {
  plans: 20, areasPerPlan: 6, actions: 5_000, bodies: 60, statusReports: 100_000, measuresPerAction: 3, measureYears: 5,
};

/** Four times the large kommun, for how each figure grows (issue 16): 80 plans, 20,000 åtgärder, 400,000 status reports. */
export const LARGE_KOMMUN_4X: LargeFileSpec = {
  ...LARGE_KOMMUN, plans: 4 * LARGE_KOMMUN.plans, actions: 4 * LARGE_KOMMUN.actions, bodies: 4 * LARGE_KOMMUN.bodies, statusReports: 4 * LARGE_KOMMUN.statusReports,
};

const MEASURE_KINDS = [
  { name: 'Antal deltagare', unit: 'antal', direction: 'hogre', base: 40, step: 12 },
  { name: 'Andel medarbetare som frågar om våld', unit: 'procent', direction: 'hogre', base: 35, step: 9 },
  { name: 'Väntetid till första samtal', unit: 'dagar', direction: 'lagre', base: 60, step: -7 },
] as const;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const STATUSES = ['ej_paborjad', 'pagaende', 'genomford', 'avbruten'] as const;

function isoDay(random: () => number, fromYear: number, toYear: number): string {
  const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function generateLargePlanFile(path: string, spec: LargeFileSpec = LARGE_KOMMUN): void {
  const { db } = createPlanFile(path);
  const random = rng(20261126);
  const now = '2026-11-26T08:00:00.000Z';
  db.transaction(() => {
    const body = db.prepare('INSERT INTO body (name, kind) VALUES (?, ?)');
    for (let b = 1; b <= spec.bodies; b++) body.run(`Nämnd ${b}`, b === 1 ? 'styrelse' : b % 10 === 0 ? 'bolag' : 'namnd');
    const plan = db.prepare('INSERT INTO plan (name, municipality, period_start, period_end, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    const area = db.prepare('INSERT INTO area (plan_id, position, name) VALUES (?, ?, ?)');
    const areaIds: number[] = [];
    for (let p = 1; p <= spec.plans; p++) {
      const planId = Number(plan.run(`Handlingsplan ${p}`, 'Storkommun', 2019, 2027, now, now).lastInsertRowid);
      for (let a = 0; a < spec.areasPerPlan; a++) areaIds.push(Number(area.run(planId, a, `Område ${a + 1}`).lastInsertRowid));
    }
    const action = db.prepare(`INSERT INTO action (area_id, position, number, title, start_date, deadline, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const responsible = db.prepare('INSERT INTO action_body (action_id, body_id, role) VALUES (?, ?, ?)');
    for (let i = 0; i < spec.actions; i++) {
      const areaId = areaIds[i % areaIds.length];
      const start = isoDay(random, 2019, 2023);
      const deadline = random() < 0.1 ? null : isoDay(random, 2024, 2028);
      const id = Number(action.run(areaId, i, `${(i % 6) + 1}.${i}`, `Åtgärd ${i + 1}`, start, deadline, now, now).lastInsertRowid);
      const lead = 1 + Math.floor(random() * spec.bodies);
      responsible.run(id, lead, 'huvudansvarig');
      if (random() < 0.4) responsible.run(id, 1 + ((lead + 7) % spec.bodies), 'medansvarig');
    }
    const report = db.prepare(`INSERT INTO status_report (action_id, reported_on, status, comment, period, reported_by, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const log = db.prepare(`INSERT INTO change_log (at, user, entity, entity_id, operation, new_value, action_id)
      VALUES (?, 'generator', 'status_report', ?, 'create', ?, ?)`);
    for (let r = 0; r < spec.statusReports; r++) {
      const actionId = 1 + Math.floor(random() * spec.actions);
      const date = isoDay(random, 2019, 2026);
      const status = STATUSES[Math.floor(random() * STATUSES.length)];
      const id = Number(report.run(actionId, date, status, 'Arbetet fortsätter enligt plan.', date.slice(0, 4), 'Generator', now).lastInsertRowid);
      log.run(`${date}T12:00:00.000Z`, id, status, actionId);
    }
    writeMeasures(db, random, spec, now);
  })();
  db.close();
}

/** Mått on every åtgärd: the three kinds in turn, baseline 2020, target 2027, utfall that wander around the line. */
function writeMeasures(db: ReturnType<typeof createPlanFile>['db'], random: () => number, spec: LargeFileSpec, now: string): void {
  const perAction = spec.measuresPerAction ?? 0;
  const years = spec.measureYears ?? 0;
  const measure = db.prepare(`INSERT INTO measure (action_id, position, name, unit, direction, baseline_value, baseline_year, target_value, target_date,
    source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 2020, ?, '2027-12-31', 'Verksamhetssystemet', ?, ?)`);
  const value = db.prepare(`INSERT INTO measure_value (measure_id, period, measured_on, value, reported_by, created_at) VALUES (?, ?, ?, ?, 'Generator', ?)`);
  for (let actionId = 1; actionId <= spec.actions; actionId++) {
    for (let m = 0; m < perAction; m++) {
      const kind = MEASURE_KINDS[m % MEASURE_KINDS.length];
      const id = Number(measure.run(actionId, m, kind.name, kind.unit, kind.direction, kind.base, kind.base + 7 * kind.step, now, now).lastInsertRowid);
      for (let y = 0; y < years; y++) {
        const year = 2026 - years + y;
        const planned = kind.base + (year - 2020) * kind.step;
        const wandered = Math.max(0, Math.round(planned * (0.85 + random() * 0.3)));
        value.run(id, String(year), `${year + 1}-01-20`, kind.unit === 'procent' ? Math.min(100, wandered) : wandered, now);
      }
    }
  }
}
