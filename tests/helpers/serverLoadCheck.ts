import type { Database } from 'better-sqlite3';
import type { LoadResult, LoadWrite } from './serverLoad';

/**
 * What the load test promises after the run (and after a SIGKILL and restart): every acknowledged
 * write is in the file exactly once, nothing was written twice, an unanswered write is there at most
 * once, each strateg's åtgärd holds its last acknowledged text (or a later one the server did but could
 * not answer), and SQLite finds the file whole. Returns the problems found, in words; empty when all hold.
 */
export function loadProblems(db: Database, result: LoadResult): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const count = db.prepare('SELECT COUNT(*) AS n FROM status_report WHERE comment = ?');
  const times = (comment: string) => (count.get(comment) as { n: number }).n;
  for (const write of result.acknowledged) {
    if (write.kind === 'statusReport' && times(write.comment) !== 1) problems.push(`kvitterad lägesrapport ${write.comment} finns ${times(write.comment)} gånger`);
  }
  for (const write of result.unanswered) {
    if (write.kind === 'statusReport' && times(write.comment) > 1) problems.push(`obesvarad lägesrapport ${write.comment} finns ${times(write.comment)} gånger`);
  }
  const doubled = db.prepare("SELECT comment, COUNT(*) AS n FROM status_report WHERE comment LIKE 'last-%' GROUP BY comment HAVING n > 1").all() as { comment: string; n: number }[];
  for (const row of doubled) problems.push(`lägesrapporten ${row.comment} finns ${row.n} gånger`);
  problems.push(...actionTextProblems(db, result));
  return problems;
}

function actionTextProblems(db: Database, result: LoadResult): string[] {
  const problems: string[] = [];
  type Text = Extract<LoadWrite, { kind: 'actionText' }>;
  const texts = (writes: LoadWrite[]) => writes.filter((w): w is Text => w.kind === 'actionText');
  const lastAcked = new Map<number, Text>();
  for (const write of texts(result.acknowledged)) {
    const before = lastAcked.get(write.actionId);
    if (!before || before.seq < write.seq) lastAcked.set(write.actionId, write);
  }
  const description = db.prepare('SELECT description FROM action WHERE id = ?');
  for (const [actionId, acked] of lastAcked) {
    const now = (description.get(actionId) as { description: string }).description;
    const later = texts(result.unanswered).some((w) => w.actionId === actionId && w.seq > acked.seq && w.text === now);
    if (now !== acked.text && !later) problems.push(`åtgärd ${actionId}: texten är ”${now}”, den senast kvitterade var ”${acked.text}”`);
  }
  return problems;
}
