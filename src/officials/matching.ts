import { foldText, hasDiacritics, syllables } from '../text';
import type { PlanData } from './data';

/** Words that appear in nearly every plan's name, and function words, which cannot tell plans or sections apart. */
const COMMON = new Set(
  [
    'ke hoach cong van van ban trien khai thuc hien phong trao binh dan hoc vu so nam tinh cua ve viec va cac tren dia ban de nghi bao cao v v so kh ubnd uy nhan dan thanh pho nhiem don vi toi',
    'trong theo la gi nhu sau mot cho voi co khong nay nhung nao o tai tu den',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Distinctive syllables of a text, for matching a question against plan titles or deadline names. With `accents`, the
 * syllables keep their diacritics, so "đợt" is not "đột" and "động" not "Đồng" (for questions typed with diacritics).
 */
export function distinctive(text: string, accents = false): Set<string> {
  if (!accents) return new Set(syllables(text).filter((t) => !COMMON.has(t) && !/^\d{1,2}$/u.test(t)));
  const words = text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}\d]+/u).filter(Boolean);
  return new Set(words.filter((w) => !COMMON.has(foldText(w)) && !/^\d{1,2}$/u.test(w)));
}

/** The two texts' distinctive syllables, compared with diacritics when the question was typed with them. */
function compared(question: string, name: string): [Set<string>, Set<string>] {
  const accents = hasDiacritics(question);
  return [distinctive(question, accents), distinctive(name, accents)];
}

/**
 * Plans a question names ("kế hoạch sáng kiến đột phá năm 2026", "công văn của Đồng Nai", "số 127/KH-UBND"):
 * those sharing at least two distinctive words, or the province, with the question. Empty when none is named.
 */
export function plansNamedIn(question: string, plans: readonly PlanData[]): PlanData[] {
  const folded = foldText(question);
  const scored = plans.map((p) => {
    const [asked, words] = compared(question, `${p.plan.title} ${p.plan.number ?? ''}`);
    const shared = [...words].filter((w) => asked.has(w));
    // A year alone ("2026") names no plan: most plans carry one.
    let score = shared.some((w) => !/^\d{4}$/u.test(w)) ? shared.length : 0;
    if (p.plan.province && folded.includes(foldText(p.plan.province))) score += 2;
    return { p, score };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  return best >= 2 ? scored.filter((s) => s.score === best).map((s) => s.p) : [];
}

/** How many distinctive words of `name` the question uses (0 when it names none of them). */
export function overlap(question: string, name: string): number {
  const [asked, words] = compared(question, name);
  return [...words].filter((w) => asked.has(w)).length;
}

/** Section headings a question points to ("phần tổ chức thực hiện"): tasks under them, or undefined when none. */
export function sectionNamedIn(question: string, sections: readonly string[], planTitles: readonly string[] = []): Set<string> | undefined {
  // Words that name a plan ("sáng kiến đột phá") point to the plan, not to a section that shares them.
  const titleWords = distinctive(planTitles.join(' '));
  const asked = new Set([...distinctive(question)].filter((w) => !titleWords.has(w)));
  // Any heading of the path may be the one named: "phần tổ chức thực hiện" (the top), "các mô hình, phong trào" (below it).
  const names = (s: string) =>
    s.split(' › ').some((heading) => {
      const words = [...distinctive(heading)];
      return words.length > 0 && words.filter((w) => asked.has(w)).length >= Math.min(2, words.length);
    });
  const hit = sections.filter(names);
  return hit.length > 0 && hit.length < sections.length ? new Set(hit) : undefined;
}

/** The question without the years that belong to a named plan's title ("công văn phương hướng năm 2026"). */
export function withoutPlanYears(question: string, plans: readonly PlanData[]): string {
  let out = question;
  for (const p of plans) {
    for (const year of p.plan.title.match(/\b\d{4}\b/gu) ?? []) out = out.replace(new RegExp(`(năm|nam)?\\s*${year}`, 'giu'), ' ');
  }
  return out;
}
