import { passThrough } from '../api/serviceHandlers';
import { listChanges } from '../changeLog';
import { getDeleteImpact } from '../plan/deleteImpact';
import { getUndoState, undoLastChange } from './undoJournal';

/** The change log, what a delete would take with it, and Ctrl+Z (shared/api/changes.ts). */
export const changeHandlers = passThrough({ listChanges, getDeleteImpact, getUndoState, undoLastChange });
