export { createAssistant, type Assistant, type AssistantDeps, type Log } from './assistant';
export { INTENTS, detectIntent, parseCommand, type Intent, type Command } from './intent';
export type { Message, Reply, Button, Channel, OfficialsHandler } from './types';
export * as replies from './replies';
