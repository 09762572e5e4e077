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
  ALTER TABLE task_updates ADD COLUMN undone_at TEXT;
  CREATE INDEX task_updates_by_official ON task_updates(updated_by, id);
  `,
];
