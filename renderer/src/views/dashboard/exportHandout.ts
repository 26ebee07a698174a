import { api, errorMessage } from '@renderer/api/client';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { downloadFile } from '@renderer/api/downloadFile';
import { handoutDocument } from './handoutDocument';

/** Prints pages of the screen to PDF through the main process and tells the user where it went. */
export async function exportHandout(options: { title: string; subtitle: string; pages: HTMLElement[] }): Promise<void> {
  const notice = useNoticeStore.getState();
  try {
    const result = await api.exportHandout({ title: options.title, html: handoutDocument(options), landscape: true });
    if (result.kind === 'download') {
      downloadFile(result);
      notice.show(`PDF:en ”${result.fileName}” laddas ned.`);
    } else if (result.kind === 'saved') {
      notice.show(`PDF:en sparades: ${result.path}`);
    }
  } catch (error) {
    notice.show(errorMessage(error), 'error');
  }
}
