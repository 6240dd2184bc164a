/**
 * The two images documents carry, and how big they may be. A letterhead is a band across the top
 * of the page and a signature a small scan: 2 MB and 5,000 pixels a side are far more than either
 * needs, and keep 250 certificates quick to make and small to send.
 */
export const IMAGE_ROLES = ['letterhead', 'signature'] as const;
export type ImageRole = (typeof IMAGE_ROLES)[number];

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const MAX_IMAGE_SIDE = 5000;

/** Largest size of each image on the page, in millimetres: it is scaled down to fit, never up. */
export const IMAGE_BOX_MM: Record<ImageRole, { width: number; height: number }> = {
  letterhead: { width: 178, height: 38 },
  signature: { width: 60, height: 24 },
};
