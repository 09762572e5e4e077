import { LRUCache } from 'lru-cache';
import { TUNING } from '../core/tuning';
import { bigrams, isWebAddress, normalizeText, syllablesWithAccents, withoutTelexLetters, type Syllable } from '../text';
import { sameSyllable, type AgeLimit, type Expansion, type Lexicon, type PhraseEntry } from './lexicon';

export type { AgeLimit };

/** What a word does in the question: says what it is about, asks, or only carries the conversation. */
export type Role = 'content' | 'form' | 'filler';

/** One thing the question is about, with the other ways of saying it (the knowledge's word first). */
export interface Concept {
  /** The folded syllables as the person wrote them, after shorthand. */
  typed: string[];
  /** True for a concept of the long question's last clause that says what it asks (see Analysis.focus). */
  focus?: boolean;
  /** Every way of saying it, folded; a word without synonyms has one. */
  alternatives: string[][];
  /** The same as written: lower case with diacritics where they were typed (the lexicon's own for synonyms). */
  raw: string[][];
}

/** A question read through the lexicon: what retrieval, intent and the scope check all work from. */
export interface Analysis {
  /** The question as typed, normalised (NFC, one tone placement). */
  original: string;
  /** True when the message was typed with diacritics, so its unmarked syllables are read as written. */
  exact: boolean;
  /** The question with chat shorthand written out ("quen mk" → "quen mật khẩu"), for a chat model and for logs. */
  normalized: string;
  /** Folded syllables after shorthand. */
  tokens: string[];
  roles: Role[];
  /** `tokens` joined by spaces, for the phrase rules of intent and scope. */
  folded: string;
  concepts: Concept[];
  /**
   * Pairs of adjacent content syllables of two concepts ("dich_vu", "vu_cong"), not across fillers or question
   * words; pairs inside a phrase concept are part of the concept.
   */
  pairs: string[];
  /** Pairs of adjacent syllables including question words ("lam_sao"), for matching headings phrased as questions. */
  headingPairs: string[];
  /** True for "lỡ bấm … rồi", "bị lừa rồi": the person needs the remedy, not the prevention (unless asking how to avoid it next time). */
  remedy: boolean;
  /** True when the question tells a scam's story ("có người tự xưng…", "gửi link bảo cài…"). */
  scamStory: boolean;
  /** Who the caller claimed to be, folded ("cong an" from "gọi bảo là công an"): lexicon `claimed_callers`. */
  claimedCallers: string[];
  /** True when the message opens or closes like one that leans on the previous turn ("còn …", "… thì sao"). */
  leansOnPrevious: boolean;
  /** The kinds of question asked ("where", "how", "why"…), from the lexicon's question words. */
  questionTypes: string[];
  /**
   * Folded words of a sentence that answers the kinds asked (the lexicon's answer cues for `questionTypes`), one group
   * per kind: a question asking two kinds ("mất bao nhiêu tiền, bao lâu") wants both answered.
   */
  cueGroups: string[][][];
  /** The apps or institutions the question names ("vneid", "bank"…), from the lexicon's subjects. */
  subjects: string[];
  /** Ages the text gives a person ("mẹ tôi 80 tuổi"), not a rule's bounds. */
  statedAges: number[];
  /** Age ranges the text sets as a rule ("trẻ dưới 14 tuổi" → below 14, "từ đủ 14 tuổi" → from 14). */
  ageLimits: AgeLimit[];
  /**
   * For a long question with a story, its last clause that has something to ask about ("… – có nên trình báo công an
   * không?"), read on its own: retrieval weighs it more than the story before it.
   */
  focus?: Analysis;
  /** True when this is a short follow-up merged with the question before it: the follow-up (its focus) leads. */
  followsUp?: boolean;
}

/** A number from abroad ("+86", "00855"), which the knowledge calls "cuộc gọi từ nước ngoài". */
const ABROAD = /(^|[\s(])(\+|00)(?!84)\d{1,3}\b/u;

/** Share of a message's syllables with diacritics above which its unmarked syllables are read as written. */
const ACCENTED_SHARE = 0.4;
const CLAUSE_END = /(?<=[,;:?!.…])\s+|\s+[–—-]\s+|\s*\(|\)\s*/u;
/** Words in quotation marks: what a message or a caller said, not the asker's own situation or wish. */
const QUOTED = /"[^"]*"|“[^”]*”|«[^»]*»/gu;

/** Analyses kept per lexicon: people send the same questions again and again, and every step reads the analysis. */
const ANALYSES = new WeakMap<Lexicon, LRUCache<string, Analysis>>();
const ANALYSES_KEPT = 1_000;
/** What a web address with a name the lexicon does not list (`web_names`) is read as, besides its listed names. */
const LINK_WORDS = syllablesWithAccents('đường link');

/** The analysis of a question. The result is shared between callers: treat it as read-only. */
export function analyse(text: string, lexicon: Lexicon, options: ReadingOptions = {}): Analysis {
  let kept = ANALYSES.get(lexicon);
  if (!kept) ANALYSES.set(lexicon, (kept = new LRUCache({ max: ANALYSES_KEPT })));
  const key = options.exact === undefined ? text : `${options.exact ? 'exact' : 'folded'}\u0000${text}`;
  let analysis = kept.get(key);
  if (!analysis) kept.set(key, (analysis = analyseLong(text, lexicon, options)));
  return analysis;
}

/**
 * How to read a text. `exact` overrides the guess from the text's own diacritics: a part of a message already read
 * through the lexicon carries the diacritics its shorthand was written out with ("lm o dau v" → "làm o dau vậy"), so
 * it is read as the whole message was typed.
 */
export interface ReadingOptions {
  exact?: boolean;
}

function analyseLong(text: string, lexicon: Lexicon, options: ReadingOptions): Analysis {
  const analysis = analyseOnce(text, lexicon, options);
  if (analysis.concepts.length < TUNING.focus.longQuestion) return analysis;
  const clauses = analysis.original.split(CLAUSE_END).map((c) => c.trim()).filter(Boolean);
  // "…không bấm link lạ. Tôi phải làm gì?": what the person did not do is story, not what they ask.
  const denied = clauses.map((clause) => {
    if (clause.endsWith('?')) return false;
    const tokens = syllablesWithAccents(normalizeText(clause));
    return lexicon.denials.some((run) => findRun(tokens, run, false) === 0);
  });
  // "…dùng điện thoại tiếp được chưa? Tôi định ra ngân hàng.": the asking clause is the last one that asks.
  const asked = clauses.map((c) => c.endsWith('?')).lastIndexOf(true);
  // "Vay qua app có nguy hiểm không? Nghe nói … bị dọa tung ảnh.": the question comes first and the story after it.
  if (asked === 0 && clauses.length > 1) return analysis;
  const last = asked > 0 ? asked : clauses.length - 1;
  // "Tôi phải làm sao?" after a story says how it asks, not what about: the clause before it joins the focus.
  const says = (part: Analysis) => part.concepts.filter((c) => !lexicon.plainWords.has(c.typed.join(' '))).length >= TUNING.focus.minConcepts;
  for (let i = last; i > 0; i--) {
    if (i < last && denied[i]) continue;
    const text = clauses.filter((_, k) => k >= i && k <= last && (k === last || !denied[k])).join(' ');
    const effect = whatCameOf(text, lexicon);
    const narrowed = effect === undefined ? undefined : analyseOnce(effect, lexicon, { exact: analysis.exact });
    if (narrowed && says(narrowed)) return withFocus(analysis, narrowed);
    const clause = analyseOnce(text, lexicon, { exact: analysis.exact });
    if (says(clause)) return withFocus(analysis, clause);
  }
  return analysis;
}

/**
 * What a clause says came of a cause it gives ("do nghỉ ở nhà lâu nên tôi đã làm mất sổ …" → "tôi đã làm mất sổ …"),
 * or undefined when it gives none: a cause word, then an effect word after it.
 */
function whatCameOf(text: string, lexicon: Lexicon): string | undefined {
  const tokens = syllablesWithAccents(normalizeText(text));
  const cause = Math.min(...lexicon.consequence.causes.map((run) => findRun(tokens, run, false)).filter((at) => at >= 0));
  if (!Number.isFinite(cause)) return undefined;
  const rest = tokens.slice(cause + 1);
  for (const run of lexicon.consequence.effects) {
    const at = findRun(rest, run, false);
    if (at >= 0) return rest.slice(at + run.length).map((t) => t.raw).join(' ');
  }
  return undefined;
}

/** The analysis with `focus` as the part that says what it asks: its concepts weigh more in retrieval. */
export function withFocus(analysis: Analysis, focus: Analysis, followsUp = false): Analysis {
  const words = new Set(focus.concepts.map((c) => c.typed.join(' ')));
  return { ...analysis, concepts: analysis.concepts.map((c) => (words.has(c.typed.join(' ')) ? { ...c, focus: true } : c)), focus, followsUp };
}

function analyseOnce(text: string, lexicon: Lexicon, options: ReadingOptions = {}): Analysis {
  const original = normalizeText(text);
  const source = ABROAD.test(original) ? `${original} nước ngoài` : original;
  const { tokens, readable } = expand(source, lexicon);
  const exact = options.exact ?? writtenWithDiacritics(source);
  const roles: Role[] = tokens.map(() => 'content');
  markEndings(tokens, roles, lexicon, exact);
  // "còn …", "… thì sao": how a follow-up leans on the turn before, not what it is about.
  const opener = lexicon.followUp.openers.find((m) => findRun(tokens, m, exact) === 0);
  if (opener) opener.forEach((_, k) => (roles[k] = 'filler'));
  for (const closer of lexicon.followUp.closers) {
    if (endsWith(tokens, closer, roles, exact)) {
      const start = findRunFromEnd(tokens, closer, roles, exact);
      if (start >= 0) closer.forEach((_, k) => (roles[start + k] = 'filler'));
    }
  }
  const concepts: Concept[] = [];
  // Which concept each syllable belongs to, so word pairs inside a phrase are not counted again as pairs.
  const conceptOf: number[] = tokens.map(() => -1);
  for (let i = 0; i < tokens.length; ) {
    if (roles[i] !== 'content') {
      i++;
      continue;
    }
    const entry = matchPhrase(tokens, i, roles, lexicon, exact);
    if (!entry || entry.kind === 'word') {
      for (let k = i; k < i + (entry?.tokens.length ?? 1); k++) {
        conceptOf[k] = concepts.length;
        concepts.push({ typed: [tokens[k]!.folded], alternatives: [[tokens[k]!.folded]], raw: [[tokens[k]!.raw]] });
      }
      i += entry?.tokens.length ?? 1;
      continue;
    }
    const n = entry.tokens.length;
    if (entry.kind === 'synonym') {
      for (let k = i; k < i + n; k++) conceptOf[k] = concepts.length;
      const forms = uniqueForms([tokens.slice(i, i + n), ...entry.group!]);
      concepts.push({ typed: tokens.slice(i, i + n).map((t) => t.folded), alternatives: forms.map((f) => f.map((t) => t.folded)), raw: forms.map((f) => f.map((t) => t.raw)) });
    } else {
      for (let k = i; k < i + n; k++) roles[k] = entry.kind;
    }
    i += n;
  }
  const ages = tokens.map((_, i) => ageAt(tokens, i, lexicon));
  markStatedAges(ages, concepts, conceptOf);
  const folded = tokens.map((t) => t.folded);
  // A message of only fillers ("ok ạ", "ad ơi") keeps its words as content, so it is not read as empty.
  if (concepts.length === 0) tokens.forEach((t, i) => roles[i] === 'filler' && concepts.push({ typed: [t.folded], alternatives: [[t.folded]], raw: [[t.raw]] }));

  const pairs: string[] = [];
  for (let i = 1; i < folded.length; i++) {
    if (roles[i - 1] === 'content' && roles[i] === 'content' && conceptOf[i - 1] !== conceptOf[i]) pairs.push(`${folded[i - 1]}_${folded[i]}`);
  }
  const formWords = new Set(folded.filter((_, i) => roles[i] !== 'content'));
  const headingPairs = bigrams(folded).filter((b) => !b.split('_').every((t) => formWords.has(t)));
  const types = typesFound(lexicon.questionTypes, tokens, exact);
  const says = (markers: Syllable[][], words = tokens) => markers.some((m) => findRun(words, m, exact) >= 0);
  // "…tin nhắn 'cập nhật để tránh bị khóa', đã nhập mật khẩu": a quoted "để tránh" is the scammer's, not a wish to prevent.
  const unquoted = /["“«]/u.test(source) ? expand(source.replace(QUOTED, ' '), lexicon).tokens : tokens;
  return {
    original,
    exact,
    normalized: readable,
    tokens: folded,
    roles,
    folded: folded.join(' '),
    concepts,
    pairs: unique(pairs),
    headingPairs: unique(headingPairs),
    remedy: saysHappened(unquoted, lexicon, exact) && !says(lexicon.prevention, unquoted),
    scamStory: says(lexicon.scamMarkers),
    claimedCallers: claimedCallers(tokens, lexicon, exact),
    leansOnPrevious: !!opener || lexicon.followUp.closers.some((m) => endsWith(tokens, m, roles, exact)),
    questionTypes: types,
    cueGroups: types.map((t) => lexicon.answerCues.get(t) ?? []).filter((cues) => cues.length > 0),
    subjects: typesFound(lexicon.subjects, tokens, exact),
    ...agesIn(ages, tokens, lexicon, exact),
  };
}

/** True when the age falls outside one of the limits ("80" against "dưới 14") by at least `margin` years. */
export function outsideLimits(age: number, limits: readonly AgeLimit[], margin = 0): boolean {
  return limits.some((l) => (l.side === 'below' ? age >= l.age + margin : age < l.age - margin));
}

/**
 * The ages a text gives ("80 tuổi") and the limits it sets ("dưới 14 tuổi"), read from a number before an age word, and
 * the ranges its words give ("người già" from 60).
 */
function agesIn(ages: readonly (Age | undefined)[], tokens: readonly Syllable[], lexicon: Lexicon, exact: boolean): { statedAges: number[]; ageLimits: AgeLimit[] } {
  const statedAges: number[] = [];
  const ageLimits: AgeLimit[] = [];
  for (const read of ages) {
    if (read?.bound) ageLimits.push({ side: read.bound, age: read.age });
    else if (read) statedAges.push(read.age);
  }
  for (const group of lexicon.ageGroups) if (findRun(tokens, group.phrase, exact) >= 0) ageLimits.push({ side: group.side, age: group.age });
  return { statedAges, ageLimits };
}

/**
 * The age written at token `i` ("80" in "80 tuổi": a number followed by one of the lexicon's age answer cues), with the
 * cue, and the side of the rule's bound when a bound word comes before it ("dưới 14 tuổi", "từ đủ 6 tuổi").
 */
interface Age {
  age: number;
  cue: string[];
  bound?: AgeLimit['side'];
}

function ageAt(tokens: readonly Syllable[], i: number, lexicon: Lexicon): Age | undefined {
  const token = tokens[i]!;
  if (!/^\d{1,3}$/u.test(token.folded)) return undefined;
  const cue = (lexicon.answerCues.get('age') ?? []).find((c) => c.every((t, k) => tokens[i + 1 + k]?.folded === t));
  if (!cue) return undefined;
  const age = Number(token.folded);
  const before = tokens[i - 1]?.folded ?? '';
  const twoBefore = i >= 2 ? `${tokens[i - 2]!.folded} ${before}` : '';
  if (lexicon.ageBelow.includes(twoBefore) || lexicon.ageBelow.includes(before)) return { age, cue, bound: 'below' };
  if (lexicon.ageBounds.includes(before)) return { age, cue, bound: 'from' };
  return { age, cue };
}

/**
 * "13 tuổi": a stated age is found wherever the text speaks of ages (the lexicon's age answer cues), since lessons
 * give age ranges ("từ đủ 6 đến dưới 14 tuổi") rather than every age; the composer then quotes the sentence on ages.
 */
function markStatedAges(ages: readonly (Age | undefined)[], concepts: Concept[], conceptOf: readonly number[]): void {
  ages.forEach((read, i) => {
    const concept = concepts[conceptOf[i]!];
    if (!concept || concept.alternatives.length !== 1) return;
    // "dưới 14 tuổi", "từ đủ 6 tuổi" quote a rule's bound, which the lesson holds as written.
    if (!read || read.bound) return;
    concept.alternatives.push([...read.cue]);
    concept.raw.push([...read.cue]);
  });
}

/** The kinds whose phrases occur in the tokens, each once. */
function typesFound(table: readonly { type: string; phrase: Syllable[] }[], tokens: Syllable[], exact: boolean): string[] {
  const found = table.flatMap((q) => {
    const at = findRun(tokens, q.phrase, exact);
    return at < 0 ? [] : [{ type: q.type, start: at, end: at + q.phrase.length }];
  });
  // A phrase inside a longer one of another kind is part of it: "khác chỗ nào" asks a difference, not a place.
  const inside = (a: (typeof found)[number]) => found.some((b) => b.type !== a.type && b.end - b.start > a.end - a.start && b.start <= a.start && a.end <= b.end);
  return [...new Set(found.filter((f) => !inside(f)).map((f) => f.type))];
}

/** The punctuation before a typed word ("(ck") and after it ("mk?"), kept around its expansion. */
const leadOf = (word: string) => /^[^\p{L}\p{N}]*/u.exec(word)![0];
const trailOf = (word: string) => /[^\p{L}\p{N}]*$/u.exec(word)![0];

/**
 * The text with chat shorthand written out, as an analysis' `normalized` has it, without reading it as a question: for
 * phrases that must match what the lexicon makes of a question (the scope rules').
 */
export function writtenOut(text: string, lexicon: Lexicon): string {
  return expand(normalizeText(text), lexicon).readable;
}

/** Syllables with shorthand expanded, and the readable text with the same expansions. */
function expand(text: string, lexicon: Lexicon): { tokens: Syllable[]; readable: string } {
  const tokens: Syllable[] = [];
  const words: string[] = [];
  const typed = text.split(/\s+/u).filter(Boolean).map((word) => withoutTelexLetters(word, lexicon.typedAsIs));
  // The words around a word that has readings depending on them ("quên mk" against "mk sắp 60 tuổi … đổi thẻ").
  const byContext = (raw: string, at: number): Expansion | undefined => {
    const entry = lexicon.shorthandByContext.get(raw);
    if (!entry) return undefined;
    const reach = TUNING.shorthand.contextWords;
    const around = [...typed.slice(Math.max(0, at - reach), at), ...typed.slice(at + 1, at + 1 + reach)].join(' ');
    const folded = ` ${syllablesWithAccents(around).map((t) => t.folded).join(' ')} `;
    return entry.context.some((c) => folded.includes(` ${c} `)) ? entry.means : entry.otherwise;
  };
  for (let w = 0; w < typed.length; w++) {
    const word = typed[w]!;
    const parts = syllablesWithAccents(word);
    // A web address is never read as shorthand (the "cc" of "dichvucong-gov.cc" is no "căn cước"): it is read as its
    // names the lexicon lists, plus "đường link" when it has any other ("dichvucong-gov.cc" is a link borrowing the
    // portal's name; "dichvucong.gov.vn" is the portal). The readable text keeps it as typed.
    if (isWebAddress(word)) {
      const named = parts.filter((p) => lexicon.webNames.has(p.folded));
      tokens.push(...(named.length < parts.length ? LINK_WORDS : []), ...named);
      words.push(word);
      continue;
    }
    const lead = leadOf(word);
    const trail = trailOf(word);
    const key = parts.map((p) => p.raw).join('');
    // Words read together first, the longest run ("lấy lại mk", "ck mk"), then the whole word ("sđt", "dthoai",
    // "vneid2"), then each of its parts ("muc2" → "muc", "2"). A run does not reach across punctuation.
    const run = trail ? undefined : shorthandRun(typed, w, key, lexicon);
    if (run) {
      tokens.push(...run.expansion.syllables);
      words.push(`${lead}${run.expansion.text}${trailOf(typed[w + run.words - 1]!)}`);
      w += run.words - 1;
      continue;
    }
    const whole = parts.length > 1 ? lexicon.shorthand.get(key) : undefined;
    if (whole) {
      tokens.push(...whole.syllables);
      words.push(`${lead}${whole.text}${trail}`);
      continue;
    }
    let changed = false;
    const shown: string[] = [];
    for (const part of parts) {
      const afterNumber = /^\d+$/u.test(tokens.at(-1)?.folded ?? '') ? lexicon.afterNumber.get(part.raw) : undefined;
      const expansion = afterNumber ?? byContext(part.raw, w) ?? lexicon.shorthand.get(part.raw);
      tokens.push(...(expansion?.syllables ?? [part]));
      shown.push(expansion?.text ?? part.raw);
      if (expansion) changed = true;
    }
    words.push(changed ? `${lead}${shown.join(' ')}${trail}` : word);
  }
  return { tokens, readable: words.join(' ') };
}

/** The longest run of words from `typed[at]` (whose syllables join to `key`) that the lexicon reads as one shorthand. */
function shorthandRun(typed: readonly string[], at: number, key: string, lexicon: Lexicon): { expansion: Expansion; words: number } | undefined {
  for (let n = Math.min(lexicon.shorthandPairWords, typed.length - at); n >= 2; n--) {
    const following = typed.slice(at + 1, at + n);
    if (following.slice(0, -1).some((word) => trailOf(word))) continue;
    const expansion = lexicon.shorthandPairs.get(key + following.map((word) => syllablesWithAccents(word).map((p) => p.raw).join('')).join(''));
    if (expansion) return { expansion, words: n };
  }
  return undefined;
}

/** Drops particles at the end of the question ("… được không vậy ạ"), repeatedly. */
/**
 * True when the person writes with diacritics (most Vietnamese syllables carry one): their unmarked syllables are
 * then meant as written.
 */
function writtenWithDiacritics(text: string): boolean {
  const words = syllablesWithAccents(text).filter((s) => /[a-z]/u.test(s.folded));
  return words.length >= 3 && words.filter((s) => s.raw !== s.folded).length >= ACCENTED_SHARE * words.length;
}

function markEndings(tokens: readonly Syllable[], roles: Role[], lexicon: Lexicon, exact: boolean): void {
  let end = tokens.length;
  for (let changed = true; changed && end > 0; ) {
    changed = false;
    for (const ending of lexicon.endings) {
      const start = end - ending.length;
      if (start > 0 && ending.every((e, k) => sameSyllable(tokens[start + k]!, e, exact))) {
        for (let k = start; k < end; k++) roles[k] = 'filler';
        end = start;
        changed = true;
        break;
      }
    }
  }
}

function matchPhrase(tokens: readonly Syllable[], at: number, roles: readonly Role[], lexicon: Lexicon, exact: boolean): PhraseEntry | undefined {
  const candidates = lexicon.phrases.get(tokens[at]!.folded);
  return candidates?.find((e) =>
    e.tokens.every((t, k) => at + k < tokens.length && roles[at + k] === 'content' && (e.accentOnly ? tokens[at + k]!.raw === t.raw : sameSyllable(tokens[at + k]!, t, exact))),
  );
}

/** The parties named a few words after a claim ("xưng là cán bộ công an" → "cong an"; `TUNING.ranking.claimReach`). */
function claimedCallers(tokens: readonly Syllable[], lexicon: Lexicon, exact: boolean): string[] {
  const found = new Set<string>();
  const reach = TUNING.ranking.claimReach;
  for (const claim of lexicon.callerClaims) {
    for (let i = 0; i + claim.length <= tokens.length; i++) {
      if (!runAt(tokens, i, claim, exact)) continue;
      const after = i + claim.length;
      for (const caller of lexicon.callers) {
        for (let j = after; j <= after + reach; j++) if (runAt(tokens, j, caller, exact)) found.add(caller.map((t) => t.folded).join(' '));
      }
    }
  }
  return [...found];
}

/** True when the run is written at `at`. */
function runAt(tokens: readonly Syllable[], at: number, run: readonly Syllable[], exact: boolean): boolean {
  return at >= 0 && at + run.length <= tokens.length && run.every((t, k) => sameSyllable(tokens[at + k]!, t, exact));
}

/**
 * True when a remedy marker tells something that happened: not a happening asked about in a closing "có … không?"
 * clause ("thì có còn bị lừa mất tiền không?"); a remedy asked there ("có lấy lại được không") still tells one.
 */
function saysHappened(tokens: readonly Syllable[], lexicon: Lexicon, exact: boolean): boolean {
  const clause = whetherClause(tokens, lexicon, exact);
  const askedAbout = (marker: Syllable[], i: number) =>
    !!clause && i >= clause.from && i + marker.length <= clause.to && lexicon.whether.events.some((e) => e.length === marker.length && runAt(tokens, i, e, exact));
  return lexicon.remedy.some((marker) => tokens.some((_, i) => runAt(tokens, i, marker, exact) && !askedAbout(marker, i)));
}

/**
 * The closing "có … không?" clause as token positions: from its first happening (after the earliest opening word within
 * `TUNING.remedy.whetherSpan` that a happening follows) to its closing word.
 */
function whetherClause(tokens: readonly Syllable[], lexicon: Lexicon, exact: boolean): { from: number; to: number } | undefined {
  const { opens, events, closes } = lexicon.whether;
  for (let end = tokens.length; end > 0 && tokens.length - end <= TUNING.remedy.closeSlack; end--) {
    const close = closes.find((c) => runAt(tokens, end - c.length, c, exact));
    if (!close) continue;
    let from: number | undefined;
    for (let o = end - close.length - 1; o >= 0 && end - o <= TUNING.remedy.whetherSpan; o--) {
      const open = opens.find((run) => runAt(tokens, o, run, exact) && events.some((e) => runAt(tokens, o + run.length, e, exact)));
      if (open) from = o + open.length;
    }
    return from === undefined ? undefined : { from, to: end - close.length };
  }
  return undefined;
}

function findRun(tokens: readonly Syllable[], run: readonly Syllable[], exact: boolean): number {
  for (let i = 0; i + run.length <= tokens.length; i++) if (runAt(tokens, i, run, exact)) return i;
  return -1;
}

/** True when the run ends the question, particles at the end aside ("… thì sao vậy ạ"). */
function endsWith(tokens: readonly Syllable[], run: readonly Syllable[], roles: readonly Role[], exact: boolean): boolean {
  return findRunFromEnd(tokens, run, roles, exact) >= 0;
}

/** Where a closing run starts, particles at the end aside (-1 when it does not close the question). */
function findRunFromEnd(tokens: readonly Syllable[], run: readonly Syllable[], roles: readonly Role[], exact: boolean): number {
  let end = tokens.length;
  while (end > 0 && roles[end - 1] === 'filler' && !run.some((r) => sameSyllable(tokens[end - 1]!, r, exact))) end--;
  const start = end - run.length;
  return runAt(tokens, start, run, exact) ? start : -1;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Ways of saying a concept without repeats; the typed form (first) wins over a lexicon form that folds the same. */
function uniqueForms(lists: readonly (readonly Syllable[])[]): Syllable[][] {
  const seen = new Set<string>();
  return lists.map((l) => [...l]).filter((l) => {
    const key = l.map((t) => t.folded).join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The content syllables of a question as the person wrote them, for grouping and quick checks. */
export function contentTokens(analysis: Analysis): string[] {
  return analysis.concepts.flatMap((c) => c.typed);
}
