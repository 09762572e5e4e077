import { domainToUnicode } from 'node:url';
import { parse as parseDomain } from 'tldts';
import { CONFUSABLES, CONFUSABLE_PAIRS, GOVERNMENT_SUFFIX, IMITATED_SITES } from './lookalike-data';
import type { OfficialSite } from './sites';

export type LinkVerdict = 'official' | 'government' | 'lookalike' | 'unknown';

export interface LinkCheck {
  /** The link as written in the code. */
  url: string;
  /** The host in readable letters (punycode decoded). */
  host: string;
  /** The part of the host someone registered (`dichvucong-gov.cc`, `vn.xyz`): who really runs the site. */
  domain: string;
  verdict: LinkVerdict;
  /** For `official`: the allow-list's name; for `lookalike`: the official address it imitates. */
  official?: OfficialSite;
  /** The host is written with non-Latin look-alike letters (punycode). */
  punycode: boolean;
}

const COMBINING = /\p{M}/gu;

/** Lower-case Latin letters only, with look-alike characters replaced by the letter they pass for. */
export function skeleton(text: string): string {
  let s = [...text.normalize('NFKD').replace(COMBINING, '').toLowerCase().replaceAll('đ', 'd')].map((c) => CONFUSABLES[c] ?? c).join('');
  for (const [pair, letter] of CONFUSABLE_PAIRS) s = s.replaceAll(pair, letter);
  return s.replace(/[^a-z]/gu, '');
}

/** Levenshtein distance, stopping early once it passes `max`. */
function distanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return false;
    previous = row;
  }
  return previous[b.length]! <= max;
}

/** Reads a link from a QR code's text: a full http(s) URL or a bare domain with an optional path. */
export function linkIn(text: string): URL | undefined {
  const trimmed = text.trim();
  const candidate = /^https?:\/\//iu.test(trimmed) ? trimmed : /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/u.test(trimmed) ? `http://${trimmed}` : undefined;
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate);
    return url.hostname.includes('.') ? url : undefined;
  } catch {
    return undefined;
  }
}

const withinHost = (host: string, site: string) => host === site || host.endsWith(`.${site}`);

/** Where a link really goes, and whether it is an official address, a government one, or imitates one. */
export function checkLink(url: URL, officialSites: OfficialSite[]): LinkCheck {
  const ascii = url.hostname.toLowerCase().replace(/\.$/u, '');
  const parsed = parseDomain(ascii, { allowPrivateDomains: true });
  const domain = parsed.domain ?? ascii;
  const base = { url: url.href, host: domainToUnicode(ascii) || ascii, domain: domainToUnicode(domain) || domain, punycode: ascii.split('.').some((l) => l.startsWith('xn--')) };

  const official = officialSites.find((s) => withinHost(ascii, s.host));
  if (official) return { ...base, verdict: 'official', official };

  const imitated = [
    ...officialSites.map((s) => ({ word: skeleton(parseDomain(s.host, { allowPrivateDomains: true }).domainWithoutSuffix ?? s.host), site: s })),
    ...IMITATED_SITES.map((s) => ({ word: s.word, site: officialSites.find((o) => o.host === s.host) ?? { host: s.host, name: s.host } })),
  ].filter((t) => t.word.length >= 4);
  const whole = skeleton(base.host);
  const labels = base.host.split(/[.-]/u).map(skeleton).filter(Boolean);
  const hit = imitated.find((t) => whole.includes(t.word) || (t.word.length >= 5 && labels.some((l) => distanceAtMost(l, t.word, 1))));
  if (hit) return { ...base, verdict: 'lookalike', official: hit.site };

  if (parsed.publicSuffix === GOVERNMENT_SUFFIX || ascii.endsWith(`.${GOVERNMENT_SUFFIX}`)) return { ...base, verdict: 'government' };
  if (labels.includes('gov') || whole.includes('govvn')) return { ...base, verdict: 'lookalike', official: { host: GOVERNMENT_SUFFIX, name: GOVERNMENT_SUFFIX } };
  return { ...base, verdict: 'unknown' };
}
