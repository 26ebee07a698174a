import type { Platform } from '../services/platform';
import type { PlatformAnswers, PlatformRequest } from './protocol';

/**
 * The services' platform needs (printing to PDF, drawing charts, handing files to the user, asking
 * where a restored backup goes) as requests to the parent, which owns windows and dialogs.
 */
export interface RemotePlatform {
  platform: Platform;
  chooseRestoreTarget: (suggestedPath: string) => Promise<string | null>;
  /** The parent's answer to request id. */
  answer: (id: number, answer: { ok: true; value: unknown } | { ok: false; message: string }) => void;
}

export function createRemotePlatform(post: (message: { type: 'platform'; id: number; request: PlatformRequest }) => void): RemotePlatform {
  let nextId = 1;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  function ask<M extends PlatformRequest['method']>(request: Extract<PlatformRequest, { method: M }>): Promise<PlatformAnswers[M]> {
    const id = nextId++;
    return new Promise<PlatformAnswers[M]>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      post({ type: 'platform', id, request });
    });
  }

  return {
    platform: {
      printToPdf: (html, options) => ask({ method: 'printToPdf', html, options }),
      rasterizeSvg: (svg, width, height) => ask({ method: 'rasterizeSvg', svg, width, height }),
      deliverFile: (file) => ask({ method: 'deliverFile', file }),
      deliverFiles: (files) => ask({ method: 'deliverFiles', files }),
    },
    chooseRestoreTarget: (suggestedPath) => ask({ method: 'chooseRestoreTarget', suggestedPath }),
    answer(id, answer) {
      const pending = waiting.get(id);
      if (!pending) return;
      waiting.delete(id);
      if (answer.ok) pending.resolve(answer.value);
      else pending.reject(new Error(answer.message));
    },
  };
}
