import type { SecretKind } from '../core';
import { foldKeepingPositions, isWebAddress } from '../text';

export type { SecretKind };

export interface SecretScan {
  kinds: SecretKind[];
  /** The text with every secret replaced by REDACTED. */
  redacted: string;
}

export const REDACTED = '[đã ẩn]';

/** Words that name a one-time code (folded); the code is the number written near them. */
const CODE_WORD_LIST = ['otp', 'ma xac thuc', 'ma xac nhan', 'ma kich hoat', 'ma bao mat', 'ma giao dich', 'ma pin', 'pin', 'passcode', 'ma dang nhap', 'ma so', String.raw`ma \d so`, 'code', 'ma'];
const CODE_WORDS = `(?:${CODE_WORD_LIST.join('|')})`;
/** The same after the number, where a bare "ma" is mostly "mà" ("còn hạn tới 2027 mà"), not "mã": "mã OTP" still is. */
const CODE_WORDS_AFTER = `(?:ma )?(?:${CODE_WORD_LIST.filter((w) => w !== 'ma').join('|')})`;
/** Words that name a password (folded). */
const PASSWORD_WORDS = String.raw`(?:mat khau|matkhau|mat ma|password|passwd|pass|pwd|pw|mk)`;
/** A run of digits, possibly grouped by single spaces, dots or dashes: "482913", "4 8 3 9 2 0", "001-203-004567". */
const DIGIT_RUN = /(?<![\d.,/])\d(?:[ .-]?\d)*(?![\d/]|[.,]\d)/gu;
/** How many words may stand between a code word and its number ("mã OTP vừa gửi về máy là 482913"). */
const NEAR = 40;

interface Span {
  start: number;
  end: number;
  kind: SecretKind;
}

/** Finds OTP codes, passwords, 12-digit căn cước numbers and bank card numbers, and redacts them. */
export function scanSecrets(text: string): SecretScan {
  const folded = foldKeepingPositions(text);
  const spans: Span[] = [];
  const add = (start: number, end: number, kind: SecretKind) => {
    if (!spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end, kind });
  };

  for (const m of folded.matchAll(DIGIT_RUN)) {
    const raw = m[0].replace(/[ .-]+$/u, '');
    const digits = raw.replace(/\D/gu, '');
    const start = m.index!;
    const end = start + raw.length;
    const kind = classifyNumber(raw, digits, folded.slice(Math.max(0, start - NEAR), start), folded.slice(end, end + NEAR));
    if (kind) add(start, end, kind);
  }
  for (const rule of PASSWORD_RULES) {
    for (const m of folded.matchAll(rule.pattern)) {
      const secret = m.groups?.s;
      if (!secret || m.index === undefined) continue;
      const start = m.index + m[0].lastIndexOf(secret);
      if (looksLikePassword(text.slice(start, start + secret.length), rule.said)) add(start, start + secret.length, 'password');
    }
  }

  spans.sort((a, b) => a.start - b.start);
  let redacted = '';
  let cursor = 0;
  for (const s of spans) {
    redacted += text.slice(cursor, s.start) + REDACTED;
    cursor = s.end;
  }
  redacted += text.slice(cursor);
  return { kinds: [...new Set(spans.map((s) => s.kind))], redacted };
}

/**
 * What a number is, from its digits and the words around it: a card number (16–19 digits, Luhn or a Vietnamese
 * 9704 card), a căn cước number (12 digits), a one-time code (4–8 digits named by a code word), or nothing
 * (a phone number, an amount, a year, a hotline).
 */
function classifyNumber(raw: string, digits: string, before: string, after: string): SecretKind | undefined {
  if (digits.length >= 16 && digits.length <= 19 && isCardNumber(digits)) return 'card_number';
  if (digits.length === 12) return 'id_number';
  if (digits.length < 4 || digits.length > 8) return undefined;
  // "1.000.000 đồng", "10.000": an amount written with thousands separators.
  if (/^[1-9]\d{0,2}(\.\d{3})+$/u.test(raw) || /^\s*(d|dong|vnd|k|nghin|trieu|ty|%|nam|gio|phut|ngay|thang)\b/u.test(after)) return undefined;
  if (/^(19|20)\d\d$/u.test(digits) && /\b(nam|tu|den|toi|het|han|truoc|sau|ngay|thang|sinh|sn)\s*$/u.test(before)) return undefined;
  // A year after a bare "ma" is mostly "mà" ("sinh năm 1965 mà giấy ghi 1956"); a year named a code ("mã PIN 1990") is one.
  const named = /^(19|20)\d\d$/u.test(digits) ? CODE_WORDS_AFTER : CODE_WORDS;
  const codeBefore = new RegExp(String.raw`\b${named}\b(?:(?!\b(?:so dien thoai|sdt|tong dai|hotline|goi)\b)[^\d\n]){0,${NEAR}}$`, 'u').test(before);
  const codeAfter = new RegExp(String.raw`^\s*(?:la|chinh la)?\s*${CODE_WORDS_AFTER}\b`, 'u').test(after);
  const cvv = /\b(?:cvv|cvc)\b\D{0,12}$/u.test(before) && digits.length <= 4;
  if (cvv || codeBefore || codeAfter) return 'otp';
  // "4 8 3 9 2 0": a code spelled digit by digit, whatever the words around it.
  if (/^\d([ .-]\d){5,7}$/u.test(raw)) return 'otp';
  return undefined;
}

/** Where a password may be written; `said` when the text says "là", ":" or "=" before it. */
const PASSWORD_RULES: { pattern: RegExp; said: boolean }[] = [
  // "mật khẩu là Hoa@123", "mk: hoamai1975", "matkhau = ..."
  { pattern: new RegExp(String.raw`\b${PASSWORD_WORDS}\b[^:=\n]{0,40}?(?:\bla\b|:|=)\s*["'“]?(?<s>[^\s"'”,;]{4,})`, 'gu'), said: true },
  // "pass ngan hang Thu.Ha1980", "mk Linh2003": a password-looking word within a few words after.
  { pattern: new RegExp(String.raw`\b${PASSWORD_WORDS}\b(?:\s+\S+){0,3}?\s+(?<s>[^\s"'”,;]{6,})`, 'gu'), said: false },
];

/**
 * A password is a word that mixes letters with digits or symbols, or, said after "mật khẩu là", an unusual long word
 * ("hoamaiXinh"); a capitalised name merely near the word is an app's ("quên mật khẩu BIDV SmartBanking").
 */
function looksLikePassword(secret: string, said: boolean): boolean {
  const word = secret.replace(/[.?!]+$/u, '');
  // "mk thấy link dichvucong-gov.cc": a link seen ("mk" is "mình"), not a password, unless said to be one.
  if (word.length < 4 || (!said && isWebAddress(word))) return false;
  // "thuê tk của mk 500k/tháng": an amount of money ("mk" is "mình"), not a password.
  if (MONEY.test(word)) return false;
  const letters = /\p{L}/u.test(word);
  const digits = /\d/u.test(word);
  const symbols = /[@#$%^&*!_+=~.]/u.test(word);
  if (letters && (digits || symbols)) return !/^(vneid|otp|cccd)\d?$/iu.test(word);
  if (!letters && digits && /^\d{4,12}$/u.test(word)) return true;
  return said && word.length >= 6 && /^\p{L}+$/u.test(word) && /\p{Lu}/u.test(word.slice(1)) && !COMMON_WORDS.has(word.toLowerCase());
}

/** An amount written as people type it: "500k", "2tr5", "1,5tr/tháng", "300000đ". */
const MONEY = /^\d+(?:[.,]\d+)?(?:k|tr\d?|trieu|ty|d|đ|vnd|dong)(?:\/\p{L}+)?$/iu;

const COMMON_WORDS = new Set(['password', 'passcode', 'vneid']);

/** Luhn check: true for real payment-card numbers of 16 to 19 digits (and every 9704 domestic card). */
function isCardNumber(digits: string): boolean {
  if (digits.startsWith('9704')) return true;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
