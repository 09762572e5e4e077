import { createHash, randomInt } from 'node:crypto';

/** Letters only, without I and O: nothing to confuse, and no digits a secret detector would mistake for an OTP. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A one-time code such as "TLS-KXMP-QRWT" (about 37 bits of randomness). */
export function newInviteCode(random: (max: number) => number = randomInt): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[random(ALPHABET.length)]).join('');
  return `TLS-${group()}-${group()}`;
}

/** The form a code is compared in: upper case, without spaces or dashes, with the TLS prefix optional. */
export function normaliseCode(code: string): string {
  const compact = code.toUpperCase().replace(/[^A-Z]/gu, '');
  return compact.startsWith('TLS') && compact.length === 11 ? compact.slice(3) : compact;
}

/** Codes are stored only as this hash. */
export function hashCode(code: string): string {
  return createHash('sha256').update(`tro-ly-so:${normaliseCode(code)}`).digest('hex');
}
