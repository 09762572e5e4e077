export { normalizeText, foldText, foldKeepingPositions, hasDiacritics, stripDiacritics } from './normalize';
export { syllables, bigrams, indexTerms, queryTerms, type QueryTerms } from './tokenize';
export { splitSentences } from './sentences';
export { expandShorthand } from './synonyms';
