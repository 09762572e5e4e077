export { normalizeText, foldText, foldKeepingPositions, hasDiacritics, stripDiacritics } from './normalize';
export { syllables, syllablesWithAccents, bigrams, indexTerms, type Syllable } from './tokenize';
export { splitSentences } from './sentences';
export { isWebAddress } from './web';
export { withoutTelexLetters } from './telex';
