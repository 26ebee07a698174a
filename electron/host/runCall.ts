/**
 * The host's one call site of dispatch: heavy calls (exports, imports) run in the job thread,
 * everything else inline (electron/services/api/runCall.ts).
 */
export { runCall } from '../services/api/runCall';
