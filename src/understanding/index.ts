export { analyse, writtenOut, withFocus, contentTokens, outsideLimits, type AgeLimit, type Analysis, type Concept, type ReadingOptions, type Role } from './analyse';
export { LEXICON_FILE, EMPTY_LEXICON, compileLexicon, loadLexicon, parseLexicon, type Lexicon, type LoadedLexicon } from './lexicon';
export { withStatedAges } from './ages';
