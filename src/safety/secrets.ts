import type { SecretKind } from '../core';
import { foldKeepingPositions } from '../text';

export type { SecretKind };

export interface SecretScan {
  kinds: SecretKind[];
  /** The text with every secret replaced by REDACTED. */
  redacted: string;
}

export const REDACTED = '[đã ẩn]';

interface Rule {
  kind: SecretKind;
  /** Runs on the folded copy; the named group `s` is the secret itself. */
  pattern: RegExp;
  accept?: (secret: string) => boolean;
}

const OTP_WORDS = String.raw`(?:otp|ma xac thuc|ma xac nhan|ma kich hoat|ma bao mat|ma giao dich|ma pin|pin|passcode|ma dang nhap|ma so|ma)`;
const PASSWORD_WORDS = String.raw`(?:mat khau|mat ma|password|pass|mk)`;

const RULES: Rule[] = [
  { kind: 'card_number', pattern: /(?<!\d)(?<s>\d{4}(?:[ .-]?\d{4}){3}(?:[ .-]?\d{3})?)(?![\d])/gu, accept: (s) => isCardNumber(s.replace(/\D/gu, '')) },
  { kind: 'id_number', pattern: /(?<![\d.,])(?<s>\d{3}[ .]?\d{3}[ .]?\d{6}|\d{4}[ .]\d{4}[ .]\d{4}|\d{12})(?![\d])/gu },
  { kind: 'otp', pattern: new RegExp(String.raw`\b${OTP_WORDS}\b[^\d\n]{0,30}?(?<![\d/.,])(?<s>\d{4,8})(?![\d/.,]\d)`, 'gu') },
  { kind: 'otp', pattern: new RegExp(String.raw`(?<![\d/.,])(?<s>\d{4,8})(?![\d/.,]\d)\s*(?:la|chinh la)?\s*${OTP_WORDS}\b`, 'gu') },
  { kind: 'otp', pattern: /\b(?:cvv|cvc)\b\D{0,12}(?<s>\d{3,4})(?!\d)/gu },
  {
    kind: 'password',
    pattern: new RegExp(String.raw`\b${PASSWORD_WORDS}\b[^:=\n]{0,40}?(?:\bla\b|:|=)\s*["'“]?(?<s>[^\s"'”,;]{4,})`, 'gu'),
    accept: looksLikePassword,
  },
  {
    kind: 'password',
    pattern: new RegExp(String.raw`\b${PASSWORD_WORDS}\b\s+(?<s>[^\s"'”,;]{6,})`, 'gu'),
    accept: (s) => /\d/u.test(s) && /[a-z]/iu.test(s),
  },
];

/** A password is anything after "mật khẩu là" that is not an ordinary word of a question. */
function looksLikePassword(secret: string): boolean {
  const word = secret.replace(/[.?!]+$/u, '');
  if (word.length < 4) return false;
  if (/[\d@#$%^&*!_+=~]/u.test(word)) return true;
  return word.length >= 6 && /^[a-z]+$/iu.test(word) && !COMMON_WORDS.has(word.toLowerCase());
}

const COMMON_WORDS = new Set(['nhung', 'khong', 'nguoi', 'truong', 'thuong', 'password', 'passcode', 'chinh']);

/** Luhn check: true for real payment-card numbers of 16 to 19 digits. */
function isCardNumber(digits: string): boolean {
  if (digits.length < 16 || digits.length > 19) return false;
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

/** Finds OTP codes, passwords, 12-digit căn cước numbers and bank card numbers, and redacts them. */
export function scanSecrets(text: string): SecretScan {
  const folded = foldKeepingPositions(text);
  const spans: { start: number; end: number; kind: SecretKind }[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of folded.matchAll(rule.pattern)) {
      const secret = m.groups?.s;
      if (!secret || m.index === undefined) continue;
      if (rule.accept && !rule.accept(secret)) continue;
      const start = m.index + m[0].lastIndexOf(secret);
      const end = start + secret.length;
      if (spans.some((s) => start < s.end && end > s.start)) continue;
      spans.push({ start, end, kind: rule.kind });
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
