import { readFile } from 'node:fs/promises';
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { z } from 'zod';
import { KnowledgeFileError, nearest } from '../knowledge';
import { syllablesWithAccents, type Syllable } from '../text';

/** The lexicon file's name inside the knowledge folder. */
export const LEXICON_FILE = 'lexicon.yaml';

const words = z.array(z.string().trim().min(1));

const lexiconSchema = z.strictObject({
  shorthand: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
  /**
   * Shorthand with two readings, told apart by the words around it (TUNING.shorthand.contextWords on each side):
   * `means` when they hold one of the words in `with` ("quên mk vneid": mật khẩu), `otherwise` when they hold none
   * ("mk bị đau dạ dày": mình). A pair in `shorthand` ("của mk") is read first.
   */
  shorthand_by_context: z
    .record(z.string().trim().min(1), z.strictObject({ means: z.string().trim().min(1), otherwise: z.string().trim().min(1), with: words.min(1) }))
    .default({}),
  /** Shorthand that means something else right after a number ("13t" is 13 tuổi, "500k" is 500 nghìn). */
  after_number: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
  phrases: z.array(words.min(2)).default([]),
  fillers: words.default([]),
  /**
   * Fillers that are words of their own once their diacritics are dropped ("cái" is "cài", "vậy" is "vay"): they are
   * fillers only when typed with their diacritics.
   */
  accented_fillers: words.default([]),
  /**
   * Words of several syllables, one of which reads like a filler once its diacritics are dropped ("ho so" is hồ sơ,
   * not "hở"): typed without diacritics, their syllables stay content, as when typed with them.
   */
  words: words.default([]),
  endings: words.default([]),
  question_words: words.default([]),
  /**
   * Words that end a clause asking something ("…là mấy số, quên thì lấy lại sao?"): a message whose clauses end so asks
   * two things, each answered on its own.
   */
  question_ends: words.default([]),
  /** Phrases that tell the kind of question ("where", "how", "why"…), by kind. */
  question_types: z.record(z.string().trim().min(1), words).default({}),
  /**
   * Words of the sentence that answers a kind of question ("bị phạt không" is answered by a sentence saying "phạt",
   * "hình sự"), by kind: the composer quotes such a sentence of a long section.
   */
  answer_cues: z.record(z.string().trim().min(1), words).default({}),
  /**
   * What a question is about when it names an app or an institution ("vneid", "ngân hàng", "zalo"…), by subject: a
   * question variant about another subject than the question's is a weaker match.
   */
  subjects: z.record(z.string().trim().min(1), words).default({}),
  /** What comes before a year of birth ("sinh năm 1965", "sn 1986"): the year is read as the age it gives today. */
  birth_year: words.default([]),
  age_bounds: words.default([]),
  /** Of those, the bounds that cap an age ("dưới 14 tuổi", "chưa đủ 18 tuổi"); the others set a floor. */
  age_below: words.default([]),
  /** Words that give an age range by themselves ("người già" from 60, "trẻ em" below 16), keyed from_N or below_N. */
  age_groups: z.record(z.string().regex(/^(from|below)_\d{1,3}$/u, 'a key like from_60 or below_16'), words).default({}),
  remedy_markers: words.default([]),
  /** What asks how to avoid it next time ("lần sau", "cho khỏi bị lừa"): such a question wants the prevention, whatever the story. */
  prevention_markers: words.default([]),
  /** A "có … không?" question asks whether something would happen: a remedy marker inside it ("có còn bị lừa không?") tells nothing that happened. */
  whether_frame: z.object({ opens: words.default([]), events: words.default([]), closes: words.default([]) }).default({ opens: [], events: [], closes: [] }),
  /** What a scam's story says ("tự xưng", "gửi link", "bắt chuyển tiền"): such a question wants the safety lessons. */
  scam_markers: words.default([]),
  /** Who a caller claims to be ("xưng công an", "bảo là nhân viên điện lực"): the claim words and the parties named after them. */
  claimed_callers: z.object({ claims: words.default([]), callers: words.default([]) }).default({ claims: [], callers: [] }),
  follow_up_openers: words.default([]),
  follow_up_closers: words.default([]),
  /** How a clause telling what the person did not do begins ("không bấm link lạ"): story, never what a question asks. */
  denials: words.default([]),
  /**
   * How a story says why something happened and what came of it ("do nghỉ ở nhà lâu nên tôi làm mất sổ"): the cause
   * is story, what came of it ("làm mất sổ") is what the question is about.
   */
  consequence: z.object({ causes: words.default([]), effects: words.default([]) }).default({ causes: [], effects: [] }),
  /**
   * How a story tells what someone else asked ("hỏi bà có bao nhiêu tiền, ở ngân hàng nào"), and how the asker's own
   * "hỏi" is said ("cho em hỏi mẹ em…"): a question someone else asked is no question of the message.
   */
  reported_questions: z.object({ tells: words.default([]), own: words.default([]) }).default({ tells: [], own: [] }),
  /** Words that say nothing of what is asked ("tôi", "giờ", "phải", "làm"): an asking clause needs others to be one. */
  plain_words: words.default([]),
  /**
   * How a message adds a second, separate ask ("tiện hỏi luôn", "với lại", "còn chuyện"): from there on it is an aside,
   * declined on its own when out of scope while the question before it is answered.
   */
  also_asks: words.default([]),
  /**
   * The same, but only when a sentence ends before it: "… được không? Mà giá phòng trọ bao nhiêu" is an aside, while
   * "tôi mới đăng ký tạm trú, mà vòi nước rỉ…" is one story.
   */
  also_asks_after_sentence: words.default([]),
  /** Short foreign words read as typed, never as Telex letters left in a word ("app" is not "ap", "tour" not "tou"). */
  typed_as_is: words.default([]),
  /**
   * The names read as words inside a web address ("dichvucong", "vneid", "gov"); an address with any other name in it
   * is read as "đường link" plus the listed names, so a made-up address ("bidv-diemthuong.top") adds no unknown words.
   */
  web_names: words.default([]),
});

export type LexiconSource = z.infer<typeof lexiconSchema>;

const LEXICON_SECTIONS = Object.keys(lexiconSchema.shape);

/** A phrase of syllables and what it is. */
export type PhraseKind = 'synonym' | 'word' | 'filler' | 'form';

export interface PhraseEntry {
  tokens: Syllable[];
  kind: PhraseKind;
  /** For synonyms: every way of saying it, the knowledge's own word first. */
  group?: Syllable[][];
  /** Matches only a syllable typed with these very diacritics (lexicon `accented_fillers`). */
  accentOnly?: boolean;
}

/** What a chat word stands for: its syllables, and the words as written. */
export interface Expansion {
  syllables: Syllable[];
  text: string;
}

/** A shorthand word as typed (NFC, lower case, one tone placement), as `expand` looks it up. */
const shorthandKey = (word: string): string => syllablesWithAccents(word).map((t) => t.raw).join('');

const expansionOf = (text: string): Expansion => ({ syllables: syllablesWithAccents(text), text });

/** A shorthand table keyed by `shorthandKey`. */
function compileShorthand(table: Record<string, string>, pairs: boolean): Map<string, Expansion> {
  const out = new Map<string, Expansion>();
  for (const [key, value] of Object.entries(table)) {
    // Words typed together ("ck mk": chồng mình, "lấy lại mk") are looked up apart from single words ("ck": chuyển khoản).
    if (/\s/u.test(key.trim()) !== pairs) continue;
    out.set(shorthandKey(key), expansionOf(value));
  }
  return out;
}

/**
 * The lexicon compiled for matching. A syllable typed with diacritics matches an entry only with the same
 * diacritics ("vậy" is not "vay"); one typed without them matches the entry's folded form.
 */
export interface Lexicon {
  /** Chat word (as written) → the syllables it stands for, and the expansion as written for a readable question. */
  shorthand: Map<string, Expansion>;
  /**
   * Shorthand of two or more words read together, before each word alone ("ck mk" is "chồng mình", "ck" alone
   * "chuyển khoản"; "lấy lại mk" is "lấy lại mật khẩu"), keyed by the words' syllables joined.
   */
  shorthandPairs: Map<string, Expansion>;
  /** The most words in one of `shorthandPairs`: how far a run is looked up. */
  shorthandPairWords: number;
  /** Shorthand read by the words around it: `means` when the nearby words fold to hold one of `context`, else `otherwise`. */
  shorthandByContext: Map<string, { means: Expansion; otherwise: Expansion; context: string[] }>;
  /** Shorthand read this way only right after a number ("13t", "500k"). */
  afterNumber: Map<string, Expansion>;
  /** Phrases by their first syllable's folded form, longest first. */
  phrases: Map<string, PhraseEntry[]>;
  /** Words dropped only at the end of a question. */
  endings: Syllable[][];
  remedy: Syllable[][];
  prevention: Syllable[][];
  /** How a "whether" question opens ("có", "có còn") and closes ("không", "chưa"), and the happenings it can ask about ("bị lừa", "mất tiền"). */
  whether: { opens: Syllable[][]; events: Syllable[][]; closes: Syllable[][] };
  scamMarkers: Syllable[][];
  /** How a caller's claim is said ("tự xưng", "bảo là") and the parties it names ("công an", "điện lực"). */
  callerClaims: Syllable[][];
  callers: Syllable[][];
  /** Phrases that tell the kind of question, by kind ("where" → ở đâu, chỗ nào…). */
  questionTypes: { type: string; phrase: Syllable[] }[];
  /** Words that end a clause asking something, folded and joined by spaces ("khong", "bao nhieu"). */
  questionEnds: string[];
  /** `question_ends` as written, with their tones. */
  questionEndForms: string[];
  /** The lexicon's question words, folded ("nhung truong hop nao", "o dau"): a clause that opens with one asks. */
  questionWords: string[];
  /** Endings ("vậy", "ạ", "cho chuẩn"), folded, words joined by spaces: particles after a question. */
  particles: string[];
  /** Words of a sentence that answers each kind of question, folded ("penalty" → ["phat"], ["hinh", "su"]…). */
  answerCues: Map<string, string[][]>;
  /** Phrases that name what a question is about, by subject ("bank" → ngân hàng, stk…). */
  subjects: { type: string; phrase: Syllable[] }[];
  /** Phrases before a year of birth, folded ("sinh nam", "sn"). */
  birthYear: string[];
  /** Words before an age that make it a rule's bound, not the person's age ("dưới" in "dưới 14 tuổi"), folded. */
  ageBounds: string[];
  /** Of those, the ones that cap an age ("dưới", "chưa đủ"), folded. */
  ageBelow: string[];
  /** Phrases that give an age range by themselves. */
  ageGroups: (AgeLimit & { phrase: Syllable[] })[];
  /** How a message that leans on the previous one starts ("còn", "thế nếu") or ends ("thì sao"). */
  followUp: { openers: Syllable[][]; closers: Syllable[][] };
  /** How a clause telling what the person did not do begins ("không", "mà tôi chưa"). */
  denials: Syllable[][];
  /** How a story gives a cause ("do", "vì") and then what came of it ("nên", "thành ra"). */
  consequence: { causes: Syllable[][]; effects: Syllable[][] };
  /** The one-word denials ("không", "chưa"), folded. */
  denialWords: string[];
  /** How a story tells someone else's question ("hoi ba", "ho hoi") and how the asker's own "hỏi" is said ("cho em hoi"), folded. */
  reportedQuestions: { tells: string[]; own: string[] };
  /** How an aside asking something else begins ("tien hoi", "voi lai"), folded. */
  alsoAsks: string[];
  /** How an aside begins only after a sentence's end ("ma"), folded. */
  alsoAsksAfterSentence: string[];
  /** Words never read as Telex typed with the input method off, lower-cased. */
  typedAsIs: ReadonlySet<string>;
  /** Names read as words inside a web address, folded (they are matched against an address's folded pieces). */
  webNames: ReadonlySet<string>;
  /** Words that alone say nothing of what is asked ("tôi", "phải", "làm"), folded. */
  plainWords: Set<string>;
}

/** An age range a rule sets: "below" (the age is under `age`) or "from" (it is `age` or more). */
export interface AgeLimit {
  side: 'below' | 'from';
  age: number;
}

/**
 * True when a typed syllable is the lexicon's: the same as written when typed with diacritics, or when the whole
 * message is written with them (then "con" is "con", not "còn"); the same folded form otherwise.
 */
export function sameSyllable(typed: Syllable, entry: Syllable, exact = false): boolean {
  return exact || typed.raw !== typed.folded ? typed.raw === entry.raw : typed.folded === entry.folded;
}

export function compileLexicon(source: Partial<LexiconSource> = {}): Lexicon {
  const parsed = lexiconSchema.parse(source);
  const phrases = new Map<string, PhraseEntry[]>();
  const add = (entry: PhraseEntry) => {
    if (entry.tokens.length === 0) return;
    const first = entry.tokens[0]!.folded;
    const list = phrases.get(first) ?? [];
    list.push(entry);
    phrases.set(first, list);
  };
  for (const group of parsed.phrases) {
    const forms = group.map((p) => syllablesWithAccents(p)).filter((t) => t.length > 0);
    for (const tokens of forms) add({ tokens, kind: 'synonym', group: forms });
  }
  for (const p of parsed.question_words) add({ tokens: syllablesWithAccents(p), kind: 'form' });
  for (const p of parsed.fillers) add({ tokens: syllablesWithAccents(p), kind: 'filler' });
  for (const p of parsed.accented_fillers) add({ tokens: syllablesWithAccents(p), kind: 'filler', accentOnly: true });
  for (const p of parsed.words) add({ tokens: syllablesWithAccents(p), kind: 'word' });
  // Longest first; on equal length a synonym beats a plain word, a question form, then a filler.
  const rank: Record<PhraseKind, number> = { synonym: 0, word: 1, form: 2, filler: 3 };
  for (const list of phrases.values()) list.sort((a, b) => b.tokens.length - a.tokens.length || rank[a.kind] - rank[b.kind]);
  const list = (items: string[]) => items.map((m) => syllablesWithAccents(m)).filter((t) => t.length > 0);
  const byType = (table: Record<string, string[]>) => Object.entries(table).flatMap(([type, phrases]) => list(phrases).map((phrase) => ({ type, phrase })));
  const folded = (items: string[]) => list(items).map((p) => p.map((t) => t.folded).join(' '));
  return {
    shorthand: compileShorthand(parsed.shorthand, false),
    shorthandPairs: compileShorthand(parsed.shorthand, true),
    shorthandPairWords: Math.max(0, ...Object.keys(parsed.shorthand).map((key) => key.trim().split(/\s+/u).length).filter((n) => n > 1)),
    afterNumber: compileShorthand(parsed.after_number, false),
    shorthandByContext: new Map(
      Object.entries(parsed.shorthand_by_context).map(([key, entry]) => [
        shorthandKey(key),
        { means: expansionOf(entry.means), otherwise: expansionOf(entry.otherwise), context: folded(entry.with) },
      ]),
    ),
    phrases,
    endings: list(parsed.endings),
    remedy: list(parsed.remedy_markers),
    prevention: list(parsed.prevention_markers),
    whether: { opens: list(parsed.whether_frame.opens), events: list(parsed.whether_frame.events), closes: list(parsed.whether_frame.closes) },
    scamMarkers: list(parsed.scam_markers),
    callerClaims: list(parsed.claimed_callers.claims),
    callers: list(parsed.claimed_callers.callers),
    followUp: { openers: list(parsed.follow_up_openers), closers: list(parsed.follow_up_closers) },
    denials: list(parsed.denials),
    consequence: { causes: list(parsed.consequence.causes), effects: list(parsed.consequence.effects) },
    denialWords: folded(parsed.denials).filter((d) => !d.includes(' ')),
    reportedQuestions: { tells: folded(parsed.reported_questions.tells), own: folded(parsed.reported_questions.own) },
    alsoAsks: folded(parsed.also_asks),
    alsoAsksAfterSentence: folded(parsed.also_asks_after_sentence),
    typedAsIs: new Set(parsed.typed_as_is.map((w) => w.toLowerCase())),
    webNames: new Set(folded(parsed.web_names)),
    plainWords: new Set(folded(parsed.plain_words)),
    questionTypes: byType(parsed.question_types),
    questionEnds: folded(parsed.question_ends),
    questionEndForms: parsed.question_ends.map((end) => syllablesWithAccents(end).map((w) => w.raw).join(' ')),
    questionWords: folded(parsed.question_words),
    particles: folded(parsed.endings),
    answerCues: new Map(Object.entries(parsed.answer_cues).map(([type, cues]) => [type, list(cues).map((c) => c.map((t) => t.folded))])),
    subjects: byType(parsed.subjects),
    birthYear: folded(parsed.birth_year),
    ageBounds: folded(parsed.age_bounds),
    ageBelow: folded(parsed.age_below),
    ageGroups: Object.entries(parsed.age_groups).flatMap(([key, phrases]) => {
      const [side, age] = key.split('_') as [AgeLimit['side'], string];
      return list(phrases).map((phrase) => ({ side, age: Number(age), phrase }));
    }),
  };
}

export const EMPTY_LEXICON: Lexicon = compileLexicon();

export interface LoadedLexicon {
  lexicon: Lexicon;
  problems: KnowledgeFileError[];
}

/**
 * Reads and validates the lexicon file. A missing file gives an empty lexicon; a broken one gives its problems
 * (with the line of the field at fault) and no lexicon, so the caller can keep the last good one.
 */
export async function loadLexicon(path: string, shownPath = path): Promise<LoadedLexicon | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return parseLexicon(text, shownPath);
}

export function parseLexicon(text: string, shownPath: string): LoadedLexicon {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineOf = (offset: number) => counter.linePos(offset).line;
  const yamlError = doc.errors[0];
  if (yamlError) return { lexicon: EMPTY_LEXICON, problems: [new KnowledgeFileError({ code: 'yaml_syntax', path: shownPath, line: lineOf(yamlError.pos[0]), found: yamlError.code })] };
  const parsed = lexiconSchema.safeParse(doc.toJS() ?? {});
  if (parsed.success) return { lexicon: compileLexicon(parsed.data), problems: [] };
  const lineOfSection = (section: string) => {
    if (!isMap(doc.contents)) return 1;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === section);
    const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
    return range ? lineOf(range[0]) : 1;
  };
  const problems = parsed.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(
        (field) => new KnowledgeFileError({ code: 'unknown_field', path: shownPath, line: lineOfSection(field), field, expected: LEXICON_SECTIONS, suggestion: nearest(field, LEXICON_SECTIONS) }),
      );
    }
    const section = String(issue.path[0] ?? '');
    return [new KnowledgeFileError({ code: 'bad_value', path: shownPath, line: lineOfSection(section), field: issue.path.join('.') || LEXICON_FILE, expected: [issue.message] })];
  });
  return { lexicon: EMPTY_LEXICON, problems };
}
