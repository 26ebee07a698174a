import type { AppInfo, UnsavedCopy } from '../domain/types';
import { read } from './callSpec';
import { empty } from './schemas';

/** The open file itself: what it is, and a copy of the changes refused since writing stopped (see AppInfo.alert). */
export const appCalls = {
  getAppInfo: read<AppInfo>()(empty),
  /** A copy of the file with the refused changes made in it, handed over like an export; the open file is never written. */
  saveUnsavedCopy: read<UnsavedCopy>('admin')(empty),
} as const;
