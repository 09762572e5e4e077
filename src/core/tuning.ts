/**
 * Every number that tunes how questions are understood, matched and answered, in one place.
 * Each was calibrated on the evaluation sets (`npm run eval`): the dev set, the real citizens' questions and the
 * held-out sets of questions as citizens type, out-of-scope questions and secrets. Change one, run them all.
 */
export const TUNING = {
  bm25: {
    /** Term-frequency saturation; 1.2 is the usual choice for short passages. */
    k1: 1.2,
    /** Length normalisation; lower it if long passages are unfairly pushed down. */
    b: 0.75,
  },
  /** Extra weight of an adjacent-syllable match over two loose syllables. */
  bigramWeight: 1.0,
  /**
   * Weight of a question word no passage knows, as a share of the rarest word's weight. 0 ignores such words (a long
   * story then never lowers coverage); 1 counts them fully (a question about something absent is never covered).
   */
  unknownWeight: 0.35,
  coverage: {
    /** Share of the question's concepts the best passage must hold for the question to count as covered. */
    minShare: 0.5,
    /** …and the rarity-weighted mass it must hold at least (IDF units: about one rare word). */
    minMatched: 2.5,
    /** A question that matches one of a section's headings or question variants this well is covered by it. */
    minVariantMatch: 0.6,
  },
  answer: {
    /** Longest answer body in characters; a lesson section that fits is quoted whole. */
    maxChars: 900,
    /** Multiplier of maxChars when the question asks for steps or a list ("các bước", "cần mang gì"). */
    listFactor: 2,
    /** Opening sentences of a lesson section quoted when the section is too long to quote whole. */
    leadSentences: 3,
    /**
     * After a secrets warning, the answer to the rest of the message is added only when retrieval matched it this
     * well (a heading or variant match, or coverage share).
     */
    afterWarning: 0.75,
  },
  followUp: {
    /** A message with more concepts than this stands on its own, whatever its wording. */
    maxConcepts: 6,
    /** How long a chat's last question stays the context of the next one. */
    contextMinutes: 30,
  },
  ranking: {
    /** Weight of the best heading / question-variant match beside the passage's normalised BM25 score. */
    variant: 1.0,
    /** Bonus for a remedy section ("đã lỡ …", "phải làm gì") when the person says something already happened. */
    remedy: 0.15,
  },
} as const;
