import { foldText, normalizeText } from '../text';
import { EMPTY_LEXICON, analyse, contentTokens, type Lexicon } from '../understanding';

/**
 * Two questions count as one when their content-word sets overlap this much (Jaccard): "đổi tên trên VNeID" and
 * "làm thế nào để đổi tên trên vneid được không" are equal sets; one extra word among four still groups (4/5).
 */
export const SAME_QUESTION = 0.75;

export interface Wording {
  text: string;
  count: number;
}

export interface WordingGroup {
  id: number;
  count: number;
  /** Distinct wordings, most frequent first (the first seen on a tie). */
  wordings: Wording[];
}

interface Group {
  id: number;
  words: Set<string>;
  count: number;
  wordings: Map<string, Wording>;
}

/** The folded content words of a question, without the words that only make it a question ("làm thế nào", "ạ"). */
export function contentWords(text: string, lexicon: Lexicon = EMPTY_LEXICON): Set<string> {
  const words = contentTokens(analyse(text, lexicon));
  return new Set(words.length > 0 ? words : [foldText(text)]);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Groups questions as they are added: a question joins the group whose first question's words are the most alike
 * (at least SAME_QUESTION), or starts a new one. Comparing with the first question keeps groups from drifting.
 */
export class WordingGroups {
  private readonly groups: Group[] = [];
  private readonly byWord = new Map<string, Group[]>();

  /** `lexicon`: how citizens write, so "quen mk" and "quên mật khẩu" group together. */
  constructor(private readonly lexicon: Lexicon = EMPTY_LEXICON) {}

  /** Adds a question and returns its group's id. */
  add(question: string): number {
    const text = normalizeText(question);
    const words = contentWords(text, this.lexicon);
    const group = this.match(words) ?? this.create(words);
    group.count++;
    const wording = group.wordings.get(text);
    if (wording) wording.count++;
    else group.wordings.set(text, { text, count: 1 });
    return group.id;
  }

  list(): WordingGroup[] {
    return this.groups.map((g) => ({
      id: g.id,
      count: g.count,
      // Map order is first-seen order and sort is stable, so ties keep the earliest wording first.
      wordings: [...g.wordings.values()].sort((a, b) => b.count - a.count),
    }));
  }

  private match(words: Set<string>): Group | undefined {
    let best: Group | undefined;
    let bestScore = SAME_QUESTION;
    const seen = new Set<Group>();
    for (const w of words) {
      for (const g of this.byWord.get(w) ?? []) {
        if (seen.has(g)) continue;
        seen.add(g);
        const score = jaccard(words, g.words);
        if (score >= bestScore && (!best || score > bestScore)) {
          best = g;
          bestScore = score;
        }
      }
    }
    return best;
  }

  private create(words: Set<string>): Group {
    const group: Group = { id: this.groups.length, words, count: 0, wordings: new Map() };
    this.groups.push(group);
    for (const w of words) {
      const list = this.byWord.get(w);
      if (list) list.push(group);
      else this.byWord.set(w, [group]);
    }
    return group;
  }
}
