/**
 * The channel-neutral vocabulary every layer shares: what comes in, what goes out, and the log the core writes to.
 * Lower layers (store, retrieval, officials) import these; nothing here imports from them.
 */

export const INTENTS = ['knowledge', 'deadlines', 'tasks', 'safety', 'out_of_scope', 'greeting', 'help'] as const;
export type Intent = (typeof INTENTS)[number];

/** Kinds of secret the safety check finds in a message. */
export type SecretKind = 'otp' | 'password' | 'id_number' | 'card_number';

/** A quoted knowledge passage: its file, document title and section heading path. */
export interface Source {
  path: string;
  title: string;
  section: string;
}

export interface Log {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export type Channel = 'cli' | 'web' | 'telegram' | 'zalo';

/** One incoming message, whatever the channel. */
export interface Message {
  channel: Channel;
  userId: string;
  chatId: string;
  text: string;
  /** When the message was sent; defaults to the assistant's clock. */
  now?: Date;
  /**
   * Unit the sender speaks for without registering (the `ask --unit` command line).
   * Channels leave it out: their users are looked up in the officials' registry.
   */
  unit?: string;
}

export interface Button {
  label: string;
  /** What pressing it sends: a topic ("topic:vneid"), a rating ("fb:up:…"), or a command typed for the user ("/xong #3fa2c1"). */
  data: string;
}

/** A file that goes with a reply (a draft report): Telegram sends it, other channels offer a short-lived download link. */
export interface Attachment {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
}

/** A piece of a chat's small state (a menu shown, the question a follow-up leans on), kept until `expiresAt`. */
export interface ChatStateEntry {
  key: string;
  value: unknown;
  expiresAt: Date;
}

/** One answer, whatever the channel; adapters only translate and send it. */
export interface Reply {
  intent: Intent;
  /** The answer body, without its sources: each adapter renders `sources` its own way. */
  text: string;
  sources: Source[];
  /** A choice among a few options (topics, which province): channels without buttons number them. */
  buttons?: Button[];
  /**
   * Rows of shortcut buttons for items of the answer (a task's "Xong", "Đang làm", "Ghi chú"); the text always says how
   * to type the same, so channels without buttons leave these out.
   */
  actions?: Button[][];
  attachments?: Attachment[];
  /**
   * Chat state this answer leaves behind (the question a follow-up will lean on), for the caller to write with the
   * answer's record: one write per message, and none when the update's claim was lost.
   */
  states?: ChatStateEntry[];
  /** What the logs and the report may know about this answer (never the secret itself). */
  meta: {
    covered?: boolean;
    secrets?: SecretKind[];
    composer?: 'extractive' | 'llm' | 'fixed' | 'officials';
    /** The question as processed: normalised, shortened and with secrets redacted. */
    question: string;
    truncated?: boolean;
    /** True when an unanswered question still belongs to the conversation's topic (a follow-up of a covered question). */
    inTopic?: boolean;
    /** True when the question was covered only by passages sharing its words scattered, not its word pairs. */
    loose?: boolean;
    /** The routing or coverage rule that produced this reply ("greeting", "knowledge.variant", "scope.weather"…). */
    rule?: string;
    /** The passages retrieval weighed most, for logs and the evaluation report. */
    passages?: {
      path: string;
      section: string;
      score: number;
      /** Share of the question the passage holds. */
      coverage: number;
      /** How well the question matches the section's heading or one of its question variants. */
      match: number;
      variant?: string;
    }[];
  };
}

/** An officials' question as the officials' side understood it; the router passes it back to `handle` untouched. */
export interface OfficialsRoute {
  intent: 'deadlines' | 'tasks';
  /** Which kind of officials' question it is ("officials.update", "officials.deadlines"…), logged with the reply. */
  rule: string;
}

/** Officials' questions: what counts as one (for the router) and the answer; undefined lets knowledge answer instead. */
export interface OfficialsHandler {
  /** True when the sender is a registered official. */
  isOfficial?(message: Message): boolean | Promise<boolean>;
  /** Whether a message is an officials' question (src/officials decides), and which. */
  classify(message: Message, text: string): Promise<OfficialsRoute | undefined>;
  handle(request: { route: OfficialsRoute; message: Message; text: string; now: Date }): Promise<Omit<Reply, 'meta'> | undefined>;
}
