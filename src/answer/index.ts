export { composeExtractive, sourceOf, type ExtractiveOptions } from './extractive';
export { LlmAnswerer, LlmAnswerError } from './llm';
export { loadAnswerPrompt, numberPassages, type AnswerPrompt } from './prompts';
export type { Answer, Source } from './types';
