import { normalizeText } from '../text';
import type { OcrLine } from './ocr';

export interface CleanText {
  /** The lines read, in reading order, OCR noise removed. */
  lines: string[];
  /** Mean confidence (0–100) of the kept lines, weighted by their length; 0 when none was kept. */
  confidence: number;
}

/**
 * What a phone's screen shows around the message and OCR reads as well: status bar clock and battery, signal bars and
 * stray strokes. A line matching one of these (after trimming) is dropped.
 */
const CHROME_LINES: RegExp[] = [
  /^\d{1,2}[:.]\d{2}(\s*(am|pm|sa|ch))?$/iu, // 9:41, 14.05
  /^\d{1,3}\s?%$/u, // battery
  /^(4g|5g|lte|wifi|vo?lte)$/iu,
];

/**
 * Words OCR misreads in a known way, mostly capital I read as l in sans-serif fonts, put right before anything reads
 * the text.
 */
const OCR_FIXES: [RegExp, string][] = [
  [/\bVNe[l1|]D\b/gu, 'VNeID'],
];

const fix = (text: string) => OCR_FIXES.reduce((t, [pattern, word]) => t.replace(pattern, word), text);

/** A letter of any script (Vietnamese included) or a digit. */
const WORD_CHAR = /[\p{L}\p{N}]/gu;
const LETTER = /\p{L}/gu;

function isNoise(line: OcrLine, minConfidence: number): boolean {
  const text = line.text;
  if (line.confidence < minConfidence) return true;
  if (CHROME_LINES.some((p) => p.test(text))) return true;
  const letters = text.match(LETTER)?.length ?? 0;
  const wordChars = text.match(WORD_CHAR)?.length ?? 0;
  if (letters < 2) return true;
  // "|| ~= _ ._" and the like: mostly symbols, a stray letter or two.
  return wordChars / text.replace(/\s/gu, '').length < 0.5;
}

/** Drops OCR noise lines and scores what is left. */
export function cleanLines(raw: OcrLine[], minLineConfidence: number): CleanText {
  const kept = raw
    .map((l) => ({ text: fix(normalizeText(l.text).replace(/\s+/gu, ' ').trim()), confidence: l.confidence }))
    .filter((l) => l.text && !isNoise(l, minLineConfidence));
  const weight = kept.reduce((sum, l) => sum + l.text.length, 0);
  const confidence = weight === 0 ? 0 : kept.reduce((sum, l) => sum + l.confidence * l.text.length, 0) / weight;
  return { lines: kept.map((l) => l.text), confidence: Math.round(confidence) };
}
