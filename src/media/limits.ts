/**
 * Every tuning number of the image and voice side, in one place. Tests and `createMediaReader` may override any of
 * them; the defaults are what production runs with.
 */
export const MEDIA_LIMITS = {
  /** Largest image or voice file fetched or uploaded, in bytes (5 MB). Phone screenshots are 0.1–2 MB. */
  maxBytes: 5 * 1024 * 1024,
  /** How long fetching one file may take, in ms, before the user is told to try again. */
  fetchTimeoutMs: 15_000,
  /** Largest image decoded, in pixels (40 MP): a small file can still decode to gigabytes (a "decompression bomb"). */
  maxPixels: 40_000_000,
  /** How long reading one image may take once a worker has it, in ms; the worker is then replaced. */
  ocrTimeoutMs: 20_000,
  /** Images one user may have waiting or being read at once; more get a "please wait" reply. */
  queuePerUser: 2,
  /** Images waiting or being read at once, all users together; beyond it images get a "busy" reply. */
  queueTotal: 20,
  /** After this long, in ms, the channel is told the work is slow so it can say "đang đọc ảnh…". */
  slowNoticeMs: 1_500,
  /** Images narrower than this, in px, are upscaled for OCR (Tesseract reads text 20–40 px high best). */
  ocrMinWidth: 1_000,
  /** Largest upscaling factor for small screenshots. */
  ocrMaxUpscale: 3,
  /** Images with a longer side than this, in px, are shrunk for OCR (speed; phone photos are 4000 px). */
  ocrMaxSide: 2_400,
  /** A grey image darker than this mean (0–255) is a dark-mode screenshot and is inverted to dark text on light. */
  darkMeanBelow: 110,
  /** QR codes are looked for on a copy whose longer side is at most this, in px. */
  qrMaxSide: 1_000,
  /** How long looking for a QR code may take, in ms. */
  qrTimeoutMs: 5_000,
  /** OCR lines with a lower confidence (0–100) are dropped as noise. */
  minLineConfidence: 50,
  /** Below this mean confidence (0–100) of the kept lines, the image counts as holding no readable text. */
  minConfidence: 55,
  /** Lines of text kept from one image for the question; the rest is usually chrome (menus, buttons). */
  maxQuestionLines: 8,
  /** Longest "Ảnh có dòng: …" note, in characters. */
  noteMaxChars: 140,
  /** How long a transcription may take, in ms. */
  transcribeTimeoutMs: 30_000,
} as const;

export type MediaLimits = { -readonly [K in keyof typeof MEDIA_LIMITS]: number };
