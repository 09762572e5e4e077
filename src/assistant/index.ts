export { createAssistant, splitQuestions, type Assistant, type AssistantDeps } from './assistant';
export { detectIntent } from './intent';
export * as replies from './replies';
export { InMemoryConversations, StoredConversations, type ConversationMemory, type ChatStateStore } from './followup';
