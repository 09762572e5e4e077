import { createHash, randomInt } from 'node:crypto';

/** Letters only, without I and O: nothing to confuse, and no digits a secret detector would mistake for an OTP. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Letters in a code: 16 from 24 is about 73 bits, beyond guessing even without the attempt limits. */
export const CODE_LETTERS = 16;

/** A one-time code such as "TLS-KXMP-QRWT-HNBA-ZCEF", in groups of four for typing. */
export function newInviteCode(random: (max: number) => number = randomInt): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[random(ALPHABET.length)]).join('');
  return ['TLS', ...Array.from({ length: CODE_LETTERS / 4 }, group)].join('-');
}

/** The form a code is compared in: upper case, without spaces or dashes, with the TLS prefix optional. */
export function normaliseCode(code: string): string {
  const compact = code.toUpperCase().replace(/[^A-Z]/gu, '');
  return compact.startsWith('TLS') && (compact.length === 3 + CODE_LETTERS || compact.length === 11) ? compact.slice(3) : compact;
}

/** Codes are stored only as this hash. */
export function hashCode(code: string): string {
  return createHash('sha256').update(`tro-ly-so:${normaliseCode(code)}`).digest('hex');
}
