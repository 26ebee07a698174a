/**
 * How an exported file reached the user: the same shapes as electron/services/platform.ts, here so
 * the API contract and the renderer can name them without importing from electron/.
 */
export type DeliveredFile =
  | { kind: 'saved'; path: string }
  | { kind: 'download'; fileName: string; mimeType: string; base64: string }
  | { kind: 'cancelled' };
