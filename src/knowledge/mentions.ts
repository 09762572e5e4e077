import { LinkifyIt } from 'linkify-it';
import { getDomain } from 'tldts';
import { foldText } from '../text';
import { CHECK_TUNING } from './tuning';

/** A phone number or web address written in a text, as written. */
export interface Mention {
  kind: 'phone' | 'web';
  text: string;
  /** Digits of a phone number (+84 read as 0); the host name of a web address. */
  key: string;
}

/**
 * Words that, just before a short number, make it a number to call or text ("gọi 113", "nhắn tin đến số 5656",
 * "tổng đài 156"), folded (no diacritics, lower case). Without one, "14 tuổi" or "năm 2026" stay plain numbers.
 */
export const PHONE_CUES = [
  'so', 'goi', 'goi dien', 'goi ngay', 'goi toi', 'goi den', 'nhan', 'nhan tin', 'nhan tin den', 'nhan tin toi', 'sms',
  'gui', 'gui den', 'gui toi', 'tong dai', 'duong day nong', 'hotline', 'dau so', 'lien he', 'lien he so',
] as const;
/** Words after a number that make it an amount, not a phone number ("gửi 500 nghìn", "gọi 3 lần"). */
export const QUANTITY_WORDS = [
  'nghin', 'ngan', 'trieu', 'ty', 'dong', 'd', 'k', 'usd', 'lan', 'ngay', 'thang', 'nam', 'tuoi', 'nguoi', 'so', 'chu', 'ky', 'phut', 'gio', 'giay', 'buoc', '%',
] as const;
/** Words joining numbers in a list ("156 hoặc 5656"): a number after one of them is a phone number like the one before. */
export const LIST_CONNECTORS = ['hoac', 'va', 'hay', ',', '/'] as const;
/** How full phone numbers start once spaces and dots are gone: mobile and landline (0…), +84…, 1800… and 1900… lines. */
export const PHONE_SHAPES = [/^0\d{9,10}$/u, /^84\d{9,10}$/u, /^1[89]00\d{4,6}$/u] as const;

/** Digits in groups joined by single spaces, dots or hyphens ("1900 0368", "0912.345.678", "+84 912 345 678"). */
const NUMBER = /(?<![\p{L}\p{N}/.,-])\+?\d+(?:[ .-]\d{2,})*(?![\p{L}\p{N}]|[/-]\p{L}|\/|[.,]\d)/gu;

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false });

/** "1900 0368" → "19000368"; "+84 912 345 678" → "0912345678". */
export function phoneDigits(text: string): string {
  const digits = text.replace(/\D/gu, '');
  if (/^\s*\+84/u.test(text) || (/^\s*0084/u.test(text) && digits.length > 11)) return `0${digits.replace(/^0{0,2}84/u, '')}`;
  return digits;
}

/** The host of a web address written with or without "https://" (lower case, no trailing dot); undefined for anything else. */
export function hostOf(address: string): string | undefined {
  const text = address.trim();
  if (!text || /\s/u.test(text)) return undefined;
  try {
    // Any scheme but the web's is no web address (mailto:, javascript:); "host:443" is a port, not a scheme.
    const url = new URL(/^[a-z][a-z0-9+-]*:(?!\d)/iu.test(text) ? text : `http://${text}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    // "https://dichvucong.gov.vn@other.cc" goes to other.cc; an address with a user name is never taken at its word.
    if (url.username || url.password) return undefined;
    const host = url.hostname.replace(/\.$/u, '').toLowerCase();
    return host.includes('.') ? host : undefined;
  } catch {
    return undefined;
  }
}

/** True for a host that is only a public ending ("gov.vn", "com.vn"), which names no site. */
export function isPublicSuffix(host: string): boolean {
  return getDomain(host, { allowPrivateDomains: false }) === null;
}

/** Phone numbers and web addresses in a text, in order. */
export function findMentions(text: string): Mention[] {
  const found: (Mention & { index: number; end: number })[] = [];
  for (const m of linkify.match(text) ?? []) {
    if (m.schema === 'mailto:') continue;
    const host = hostOf(m.url);
    // "đuôi .gov.vn" talks about an ending, not a site.
    if (host && !isPublicSuffix(host)) found.push({ kind: 'web', text: m.raw.replace(/[/.]+$/u, ''), key: host, index: m.index, end: m.lastIndex });
  }
  const inWeb = (i: number) => found.some((f) => f.kind === 'web' && i >= f.index && i < f.end);
  let previousEnd = -1;
  for (const m of text.matchAll(NUMBER)) {
    const index = m.index;
    if (inWeb(index)) continue;
    const digits = phoneDigits(m[0]);
    const full = digits.length >= CHECK_TUNING.phoneDigits.min && digits.length <= CHECK_TUNING.phoneDigits.max && PHONE_SHAPES.some((s) => s.test(digits));
    // Not a full number: only its first group can be a short one ("gửi 5656 10 lần" → 5656).
    const raw = full ? m[0] : (/^\d+/u.exec(m[0])?.[0] ?? '');
    const short = raw.length >= CHECK_TUNING.shortNumberDigits && raw.length <= 5;
    const end = index + raw.length;
    if (!full && !short) continue;
    if (!full) {
      const after = foldText(text.slice(end, end + 12)).trim().split(/[\s.,;:!?()]+/u)[0] ?? '';
      if ((QUANTITY_WORDS as readonly string[]).includes(after)) continue;
      const before = foldText(text.slice(Math.max(0, index - 30), index).replace(/[.:;!?()“”"]+/gu, ' '));
      const cued = PHONE_CUES.some((cue) => before === cue || before.endsWith(` ${cue}`));
      const listed = previousEnd >= 0 && (LIST_CONNECTORS as readonly string[]).includes(foldText(text.slice(previousEnd, index)).replace(/\s+/gu, ' ').trim());
      if (!cued && !listed) continue;
    }
    found.push({ kind: 'phone', text: raw, key: phoneDigits(raw), index, end });
    previousEnd = end;
  }
  return found.sort((a, b) => a.index - b.index).map(({ kind, text, key }) => ({ kind, text, key }));
}
