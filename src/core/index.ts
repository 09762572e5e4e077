export { INTENTS, type Intent, type SecretKind, type Source, type Log, type Channel, type Message, type Button, type Reply, type OfficialsHandler } from './types';
export { parseCommand, type Command } from './command';
export { describeSource, sourcesLine, plainText } from './render';
export { TUNING } from './tuning';
