import { foldText } from './normalize';

/**
 * Words typed with a Telex keyboard whose input method was off ("đăngw kys", "lamf", "dduwowcj"): the tone and shape
 * letters stay in the word. A word that is no Vietnamese syllable as typed, and becomes one once they are dropped, is
 * read without them ("kys" → "ky", "dduwowcj" → "duoc"); everything else ("otp", "zalo") is left as typed, and so is
 * every word in `keep` (the lexicon's `typed_as_is`: short foreign words such as "app", "ios", "tour").
 */
export function withoutTelexLetters(word: string, keep: ReadonlySet<string> = new Set()): string {
  const m = /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u.exec(word);
  if (!m) return word;
  const typed = m[2]!.toLowerCase();
  if (typed.length < 3 || keep.has(typed) || isPlainSyllable(foldText(typed))) return word;
  const plain = typed
    .replace(/[sfrxjw]$/u, '')
    .replace(/^dd/u, 'd')
    .replace(/([aeiouyăâêôơư])w/gu, '$1')
    .replace(/(aa|ee)/gu, (d) => d[0]!)
    .replace(/(g|n|h)\1$/u, '$1');
  return plain !== typed && isPlainSyllable(foldText(plain)) ? `${m[1]}${plain}${m[3]}` : word;
}

const ONSETS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'qu', 'th', 'tr', 'ch', 'b', 'c', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];
const CODAS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't', 'i', 'o', 'u', 'y', ''];
const NUCLEI = new Set([
  'a', 'e', 'i', 'o', 'u', 'y', 'ia', 'ie', 'oa', 'oe', 'oo', 'ua', 'ue', 'uo', 'uy', 'ye', 'oai', 'oay', 'uya', 'uye', 'ya',
]);

/** An unaccented Vietnamese syllable: an onset, a vowel nucleus and a final, each of the kinds the language allows. */
function isPlainSyllable(word: string): boolean {
  return ONSETS.some((onset) => {
    if (!word.startsWith(onset)) return false;
    const rest = word.slice(onset.length);
    return CODAS.some((coda) => rest.endsWith(coda) && NUCLEI.has(rest.slice(0, rest.length - coda.length)));
  });
}
