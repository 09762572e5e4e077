export { INTENTS, type Intent, type SecretKind, type Source, type Log, type Channel, type Message, type Button, type Attachment, type ChatStateEntry, type Reply, type OfficialsHandler, type OfficialsRoute } from './types';
export { parseCommand, type Command } from './command';
export { describeSource, sourcesLine, plainText } from './render';
export { TUNING } from './tuning';
