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
  data: string;
}

/** One answer, whatever the channel; adapters only translate and send it. */
export interface Reply {
  intent: Intent;
  /** The answer body, without its sources: each adapter renders `sources` its own way. */
  text: string;
  sources: Source[];
  buttons?: Button[];
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

/** Handles deadline and task questions; returns undefined to let the question be answered from knowledge. */
export interface OfficialsHandler {
  /** True when the sender is a registered official (their plain deadline and task words then reach the officials). */
  isOfficial?(message: Message): boolean | Promise<boolean>;
  handle(request: { intent: 'deadlines' | 'tasks'; message: Message; text: string; now: Date }): Promise<Omit<Reply, 'meta'> | undefined>;
}
