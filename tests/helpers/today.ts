/**
 * The day the tests take as today: the demo plan's data (resources/demo) is written around it
 * (reports in autumn 2026, deadlines in December 2026 and 2027). Service tests give it to their
 * clock (planFile.ts), end-to-end tests to browser mode (--today), CLI tests pass --as-of; so the
 * suite passes on any day, which `.ci/run` shows by running it again with the clock a year ahead.
 */
export const TODAY = '2026-11-26';
