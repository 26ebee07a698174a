/** A file that browser mode hands back to the page. */
export interface DownloadedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/**
 * Browser mode hands an exported file back as base64: it becomes a Blob and is downloaded by
 * clicking an <a download>. A blob: URL opened by an anchor is a download, which the CSP allows.
 */
export function downloadFile(file: DownloadedFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; the URL can go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
