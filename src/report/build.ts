import type { KnowledgeFileError, ProblemCode, Severity } from '../knowledge';
import type { KnowledgeIndex } from '../retrieval';
import type { FeedbackRecord, QuestionRecord, SourceRef, Store } from '../store';
import type { Lexicon } from '../understanding';
import { WordingGroups } from './grouping';

export interface Count {
  key: string;
  count: number;
}

/** Questions that are the same question in different words ("đổi tên trên VNeID?", "doi ten tren vneid"). */
export interface QuestionGroup {
  /** The wording asked most often (the first asked on a tie). */
  example: string;
  count: number;
  /** Up to three other wordings, most frequent first. */
  others: string[];
  lastAskedAt: Date;
}

export interface RatedAnswer {
  /** The wording rated most often. */
  question: string;
  down: number;
  up: number;
  /** The first passage the answer quoted; absent for answers without a source. */
  passage?: SourceRef;
  /** The start of the latest 👎 answer, about 200 characters on one line. */
  answer: string;
  /** What people asked next after a 👎, most frequent first. */
  followUps: Count[];
}

export interface FileProblem {
  line: number;
  code: ProblemCode;
  severity: Severity;
  field?: string;
  /** The problem in words (Vietnamese, from the editors' catalog), without the file and line. */
  problem: string;
}

export interface FileStatus {
  path: string;
  /** When the file's current content was indexed; absent for files the index does not read (units.yaml…). */
  indexedAt?: Date;
  /** The file has errors (its last good version, if any, is serving); warnings alone do not make it fail. */
  failing: boolean;
  problems: FileProblem[];
  /** Questions in the period whose answer quoted this file. */
  answered: number;
}

/** Everything the editors' report shows, as plain data; it never holds a chat hash or any user id. */
export interface Report {
  /** Start of the period (inclusive). */
  from: Date;
  /** End of the period (exclusive). */
  to: Date;
  totals: { questions: number; notCovered: number; up: number; down: number; byChannel: Count[]; byIntent: Count[] };
  /** The most frequent not-covered questions; `total` counts every group, shown or not. */
  notCovered: { groups: QuestionGroup[]; total: number };
  /** Answers with at least one 👎, worst first; `total` counts every such answer, shown or not. */
  worstRated: { answers: RatedAnswer[]; total: number };
  /** Indexed knowledge files no answer in the period quoted. */
  unusedFiles: string[];
  files: FileStatus[];
}

export interface ReportDeps {
  store: Pick<Store, 'questionsBetween' | 'feedbackBetween'>;
  index: Pick<KnowledgeIndex, 'docs' | 'failing' | 'problems' | 'indexedAt'> & Partial<Pick<KnowledgeIndex, 'lexicon'>>;
  /** Problems outside the index: the roster's and the plans' records' (see officialsProblems). */
  officials?: { problems: readonly KnowledgeFileError[] };
  from: Date;
  to: Date;
  /** How many not-covered groups and worst-rated answers to list (default 20 each); totals always count all. */
  top?: number;
}

const ANSWER_CHARS = 200;
const FOLLOW_UPS = 5;

/** Builds the editors' report for the period [from, to). */
export async function buildReport(deps: ReportDeps): Promise<Report> {
  const { from, to } = deps;
  const top = deps.top ?? 20;
  const [questions, feedback] = await Promise.all([deps.store.questionsBetween(from, to), deps.store.feedbackBetween(from, to)]);
  const notCovered = groupNotCovered(questions.filter((q) => q.covered === false), deps.index.lexicon);
  const worst = worstRated(feedback, questions, deps.index.lexicon);
  const files = fileStatuses(deps, questions);
  const docPaths = new Set(deps.index.docs.map((d) => d.path));
  return {
    from,
    to,
    totals: {
      questions: questions.length,
      notCovered: questions.filter((q) => q.covered === false).length,
      up: feedback.filter((f) => f.rating > 0).length,
      down: feedback.filter((f) => f.rating < 0).length,
      byChannel: tally(questions.map((q) => q.channel)),
      byIntent: tally(questions.map((q) => q.intent)),
    },
    notCovered: { groups: notCovered.slice(0, top), total: notCovered.length },
    worstRated: { answers: worst.slice(0, top), total: worst.length },
    unusedFiles: files.filter((f) => docPaths.has(f.path) && f.answered === 0).map((f) => f.path),
    files,
  };
}

function groupNotCovered(questions: QuestionRecord[], lexicon?: Lexicon): QuestionGroup[] {
  const groups = new WordingGroups(lexicon);
  const lastAt = new Map<number, Date>();
  for (const q of questions) {
    const id = groups.add(q.question);
    const seen = lastAt.get(id);
    if (!seen || q.at > seen) lastAt.set(id, q.at);
  }
  return groups
    .list()
    .map((g) => ({ example: g.wordings[0]!.text, count: g.count, others: g.wordings.slice(1, 4).map((w) => w.text), lastAskedAt: lastAt.get(g.id)! }))
    .sort((a, b) => b.count - a.count || b.lastAskedAt.getTime() - a.lastAskedAt.getTime());
}

interface RatedAcc {
  group: number;
  passage?: SourceRef;
  down: number;
  up: number;
  downIds: Set<number>;
  wordings: WordingGroups;
  latest: FeedbackRecord;
  latestDown?: FeedbackRecord;
}

function worstRated(feedback: FeedbackRecord[], questions: QuestionRecord[], lexicon?: Lexicon): RatedAnswer[] {
  const groups = new WordingGroups(lexicon);
  const byKey = new Map<string, RatedAcc>();
  for (const f of feedback) {
    const group = groups.add(f.question);
    const passage = f.sources[0] ? { path: f.sources[0].path, section: f.sources[0].section } : undefined;
    const key = JSON.stringify([group, passage?.path ?? null, passage?.section ?? null]);
    let acc = byKey.get(key);
    if (!acc) byKey.set(key, (acc = { group, passage, down: 0, up: 0, downIds: new Set(), wordings: new WordingGroups(lexicon), latest: f }));
    acc.wordings.add(f.question);
    if (f.at >= acc.latest.at) acc.latest = f;
    if (f.rating > 0) acc.up++;
    else {
      acc.down++;
      acc.downIds.add(f.id);
      if (!acc.latestDown || f.at >= acc.latestDown.at) acc.latestDown = f;
    }
  }
  return [...byKey.values()]
    .filter((a) => a.down > 0)
    .map((a) => {
      const followUps = new WordingGroups(lexicon);
      for (const q of questions) if (q.followUpOf !== undefined && a.downIds.has(q.followUpOf)) followUps.add(q.question);
      return {
        question: a.wordings.list()[0]!.wordings[0]!.text,
        down: a.down,
        up: a.up,
        passage: a.passage,
        answer: excerpt((a.latestDown ?? a.latest).answer, ANSWER_CHARS),
        followUps: followUps
          .list()
          .map((g) => ({ key: g.wordings[0]!.text, count: g.count }))
          .sort((x, y) => y.count - x.count)
          .slice(0, FOLLOW_UPS),
      };
    })
    .sort((a, b) => b.down - a.down || b.down - b.up - (a.down - a.up) || a.question.localeCompare(b.question, 'vi'));
}

function fileStatuses(deps: ReportDeps, questions: QuestionRecord[]): FileStatus[] {
  const { index } = deps;
  const problems = [...index.problems, ...(deps.officials?.problems ?? [])];
  const paths = new Set([...index.indexedAt.keys(), ...index.docs.map((d) => d.path), ...index.failing, ...problems.map((p) => p.path)]);
  const answered = new Map<string, number>();
  for (const q of questions) for (const path of new Set(q.sources.map((s) => s.path))) answered.set(path, (answered.get(path) ?? 0) + 1);
  const failing = new Set(index.failing);
  return [...paths]
    .sort()
    .map((path) => {
      const own = problems
        .filter((p) => p.path === path)
        .sort((a, b) => a.line - b.line)
        .map((p): FileProblem => ({ line: p.line, code: p.code, severity: p.severity, ...(p.field !== undefined && { field: p.field }), problem: p.problem }));
      const hasError = failing.has(path) || own.some((p) => p.severity === 'error');
      return { path, indexedAt: index.indexedAt.get(path), failing: hasError, problems: own, answered: answered.get(path) ?? 0 };
    });
}

function tally(keys: string[]): Count[] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The text on one line, cut at a word boundary near `max` characters. */
export function excerpt(text: string, max: number): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(line);
  if (chars.length <= max) return line;
  const cut = chars.slice(0, max).join('');
  return `${cut.replace(/\s+\S*$/u, '') || cut}…`;
}
