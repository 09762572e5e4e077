/**
 * What fake public-service sites imitate, as data. Links are compared on a "skeleton": lower case, diacritics and
 * look-alike characters folded to the Latin letter they pass for, everything but letters dropped.
 */

/** Characters that pass for a Latin letter: digits in "dichvuc0ng", Cyrillic and Greek letters in punycode domains. */
export const CONFUSABLES: Record<string, string> = {
  '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', '$': 's',
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'х': 'x', 'у': 'y', 'і': 'i', 'ј': 'j', 'ѕ': 's', 'һ': 'h', 'ԁ': 'd', 'ӏ': 'l', 'ɡ': 'g',
  'α': 'a', 'ο': 'o', 'ν': 'v', 'ι': 'i', 'κ': 'k', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'ɑ': 'a', 'ı': 'i',
};

/** Letter pairs that read as one letter at a glance. */
export const CONFUSABLE_PAIRS: [string, string][] = [
  ['rn', 'm'],
  ['vv', 'w'],
  ['cl', 'd'],
];

/**
 * Official sites people are lured away from, with the word a fake domain borrows. The editors' allow-list
 * (knowledge/contacts.yaml) adds its own; these stay so a fake is caught even before that list exists.
 */
export const IMITATED_SITES: { word: string; host: string }[] = [
  { word: 'dichvucong', host: 'dichvucong.gov.vn' },
  { word: 'vneid', host: 'vneid.gov.vn' },
  { word: 'bocongan', host: 'bocongan.gov.vn' },
  { word: 'chinhphu', host: 'chinhphu.vn' },
  { word: 'binhdanhocvuso', host: 'binhdanhocvuso.gov.vn' },
  { word: 'baohiemxahoi', host: 'baohiemxahoi.gov.vn' },
  { word: 'thuedientu', host: 'thuedientu.gdt.gov.vn' },
];

/** Government sites of Việt Nam are under this suffix; a domain that borrows "gov" elsewhere is pretending. */
export const GOVERNMENT_SUFFIX = 'gov.vn';
