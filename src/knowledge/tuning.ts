/** The numbers behind the editors' checks, in one place. */
export const CHECK_TUNING = {
  /**
   * How many single-letter edits a written name may be from a known one to be read as its typo ("tittle" → "title",
   * "vnied" → "vneid"). Raise it and unrelated names get suggestions; lower it and real typos go unexplained.
   */
  typoDistance: 2,
  /** Question variants a lesson section should list under "Cách hỏi khác:"; fewer is a warning, none another. */
  minVariants: 5,
  /** Default age in days after which a lesson's `updated` date asks for a re-read (KNOWLEDGE_MAX_AGE_DAYS). */
  maxAgeDays: 365,
  /** Fewest digits a number next to a word like "gọi" or "số" must have to be read as a phone number (156, 5656). */
  shortNumberDigits: 3,
  /** Digits of a full phone number written without such a word (1900 0368, 0912 345 678, +84 912 345 678). */
  phoneDigits: { min: 8, max: 12 },
} as const;
