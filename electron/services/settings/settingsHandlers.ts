import { passThrough } from '../api/serviceHandlers';
import { getSettings, updateSettings } from './documentSettings';

/** Inställningar (shared/api/settings.ts). */
export const settingsHandlers = passThrough({ getSettings, updateSettings });
