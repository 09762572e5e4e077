/** Schema changes in order; the database's user_version says how many have run. Never edit a shipped one: append. */
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE officials (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    display_name TEXT,
    unit_id TEXT NOT NULL,
    commune TEXT,
    registered_at TEXT NOT NULL,
    revoked_at TEXT,
    reminders_enabled INTEGER NOT NULL DEFAULT 1
  );
  CREATE UNIQUE INDEX officials_active_user ON officials(channel, user_id) WHERE revoked_at IS NULL;

  CREATE TABLE invites (
    id INTEGER PRIMARY KEY,
    code_hash TEXT NOT NULL UNIQUE,
    unit_id TEXT NOT NULL,
    commune TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    used_by INTEGER REFERENCES officials(id),
    revoked_at TEXT
  );

  CREATE TABLE task_updates (
    id INTEGER PRIMARY KEY,
    task_key TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    status TEXT,
    note TEXT,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX task_updates_by_unit ON task_updates(unit_id, task_key, id);

  CREATE TABLE reminders (
    official_id INTEGER NOT NULL REFERENCES officials(id),
    item_key TEXT NOT NULL,
    due_date TEXT NOT NULL,
    offset_days INTEGER NOT NULL,
    state TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    sent_at TEXT,
    PRIMARY KEY (official_id, item_key, due_date, offset_days)
  );

  CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    intent TEXT NOT NULL,
    sources TEXT NOT NULL,
    rating INTEGER NOT NULL,
    created_at TEXT NOT NULL
  );
  `,
  `
  CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    channel TEXT NOT NULL,
    intent TEXT NOT NULL,
    covered INTEGER,
    question TEXT NOT NULL,
    sources TEXT NOT NULL,
    chat_hash TEXT NOT NULL,
    follow_up_of INTEGER REFERENCES feedback(id)
  );
  CREATE INDEX questions_by_time ON questions(created_at);
  CREATE INDEX feedback_by_time ON feedback(created_at);

  CREATE TABLE subscriptions (
    channel TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    subscribed_at TEXT NOT NULL,
    unsubscribed_at TEXT,
    PRIMARY KEY (channel, chat_id)
  );

  CREATE TABLE alert_deliveries (
    alert_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    state TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    sent_at TEXT,
    PRIMARY KEY (alert_id, channel, chat_id)
  );
  `,
  `
  CREATE TABLE inbox (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    update_key TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    payload TEXT,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    claimed_by TEXT,
    claim_token TEXT,
    lease_until TEXT,
    next_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    finished_at TEXT,
    error TEXT,
    UNIQUE (channel, update_key)
  );
  CREATE INDEX inbox_open ON inbox(state, next_at) WHERE state IN ('pending', 'processing');
  CREATE INDEX inbox_open_by_chat ON inbox(channel, chat_id, id) WHERE state IN ('pending', 'processing');

  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    dedupe_key TEXT NOT NULL UNIQUE,
    method TEXT NOT NULL,
    params TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    send_token TEXT,
    next_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    finished_at TEXT,
    error TEXT
  );
  CREATE INDEX outbox_open ON outbox(channel, state, next_at) WHERE state IN ('pending', 'sending');
  CREATE INDEX outbox_open_by_chat ON outbox(channel, chat_id, id) WHERE state IN ('pending', 'sending');

  CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  `,
  `
  CREATE TABLE chat_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE INDEX chat_state_expiry ON chat_state(expires_at);

  CREATE TABLE rate_hits (
    key TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    hits INTEGER NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (key, window_start)
  );
  CREATE INDEX rate_hits_expiry ON rate_hits(expires_at);
  CREATE INDEX inbox_finished ON inbox(finished_at) WHERE state IN ('done', 'failed');
  CREATE INDEX outbox_finished ON outbox(finished_at) WHERE state IN ('sent', 'failed', 'uncertain');
  `,
  `
  DROP INDEX outbox_open;
  DROP INDEX outbox_open_by_chat;
  CREATE INDEX outbox_open ON outbox(channel, state, next_at) WHERE state IN ('pending', 'claimed', 'sending');
  CREATE INDEX outbox_open_by_chat ON outbox(channel, chat_id, id) WHERE state IN ('pending', 'claimed', 'sending');
  `,
  `
  ALTER TABLE task_updates ADD COLUMN undone_at TEXT;
  CREATE INDEX task_updates_by_official ON task_updates(updated_by, id);
  `,
  // Writes per message cost less: a chat state's expiry index was rewritten by every upsert (the hourly purge scans
  // the table instead), and "this call was written" is a column no index reads, so marking it rewrites no index.
  `
  DROP INDEX chat_state_expiry;
  ALTER TABLE outbox ADD COLUMN written INTEGER;
  `,
];

/**
 * Before the officials' and the delivery work were merged, the officials' line ran the task-undo migration (the 6th
 * above) as the 3rd, where the delivery migrations now stand. A database at that schema is recognised by
 * `migrate` (version 3, `undone_at` present, no inbox): the delivery migrations run in their place and the undo
 * migration counts as done.
 */
export const UNDO_MIGRATION = 5;
export const UNDO_RAN_AS = 3;
