import { NO_PLATFORM, type ExportedFile, type Platform } from '../../electron/services/platform';

/** A platform that keeps what the services hand over, so tests can open the files. */
export function capturePlatform(): Platform & { files: ExportedFile[] } {
  const files: ExportedFile[] = [];
  return {
    ...NO_PLATFORM,
    files,
    deliverFile: async (file) => {
      files.push(file);
      return { kind: 'saved', path: `/test/${file.fileName}` };
    },
    deliverFiles: async (list: ExportedFile[]) => {
      files.push(...list);
      return { kind: 'saved', folder: '/test', paths: list.map((f) => `/test/${f.fileName}`) };
    },
  };
}
