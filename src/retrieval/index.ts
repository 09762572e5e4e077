export { LexicalIndex, DEFAULT_FIELD_WEIGHTS, type LexicalHit, type LexicalDoc, type FieldWeights } from './lexical';
export { VectorIndex, type Embedder, type VectorHit } from './vectors';
export { Retriever, lexicalDoc, embeddingText, type Passage, type Retrieval, type RetrieverOptions } from './retriever';
export { openKnowledgeIndex, type KnowledgeIndex, type OpenIndexOptions } from './knowledge-index';
