import { MAX_IMPORT_FILE_BYTES } from '@shared/domain/transfer';

/** A chosen file as the API takes it: its name and its bytes in base64. */
export interface Upload {
  name: string;
  base64: string;
}

/** Checked here so a too-large file gets a plain answer at once, not after it has been sent. */
export function sizeProblem(file: File): string | null {
  if (file.size === 0) return `”${file.name}” är tom.`;
  if (file.size > MAX_IMPORT_FILE_BYTES) return `”${file.name}” är för stor (${(file.size / 1024 / 1024).toFixed(1)} MB). Högst 5 MB går att läsa in.`;
  return null;
}

export async function readUpload(file: File): Promise<Upload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In chunks: String.fromCharCode with a whole file's bytes as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, base64: btoa(binary) };
}
