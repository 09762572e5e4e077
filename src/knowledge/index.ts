export { KnowledgeFileError, KnowledgeValidationError } from './errors';
export { parseKnowledgeFile, hashText } from './document';
export { listKnowledgeFiles, parseKnowledgeFiles, displayPath, type KnowledgeFile, type LoadResult } from './load';
export { parseMarkdown, sectionUnits, rowText, type Section, type Unit, type Block, type TableBlock, type TextBlock } from './markdown';
export { chunkText, type Chunk, type KnowledgeDoc } from './types';
export * from './schema';
export { CLOSING } from './chunk';
