/** The logo a kommun may put on its documents: the file types taken and the largest size. */
export const LOGO_TYPES = ['image/png', 'image/svg+xml'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/** A logo larger than this is refused: it is printed a few centimetres wide. */
export const MAX_LOGO_BYTES = 1024 * 1024;
