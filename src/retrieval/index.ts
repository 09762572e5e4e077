export { LexicalIndex, DEFAULT_FIELD_WEIGHTS, plainQuery, type LexicalHit, type LexicalDoc, type LexicalQuery, type FieldWeights } from './lexical';
export { VectorIndex, type Embedder, type VectorHit } from './vectors';
export { Retriever, lexicalDoc, embeddingText, lastHeading, type Passage, type Retrieval, type RetrieverOptions, type CoverageRule } from './retriever';
export { openKnowledgeIndex, type KnowledgeIndex, type OpenIndexOptions } from './knowledge-index';
