export { LexicalIndex, type LexicalHit, type LexicalDoc } from './lexical';
export { VectorIndex, type Embedder, type VectorHit } from './vectors';
export { Retriever, lexicalDoc, embeddingText, type Passage, type Retrieval, type RetrieverOptions } from './retriever';
export { openKnowledgeIndex, type KnowledgeIndex, type OpenIndexOptions } from './knowledge-index';
