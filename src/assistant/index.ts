export { createAssistant, splitQuestions, type Assistant, type AssistantDeps, type QuestionWords } from './assistant';
export { detectIntent } from './intent';
export * as replies from './replies';
export { InMemoryConversations, StoredConversations, type ConversationMemory, type ChatStateStore } from './followup';
