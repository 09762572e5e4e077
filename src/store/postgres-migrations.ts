/**
 * The PostgreSQL schema, in order; `schema_migrations` records how many have run. Never edit a shipped one: append.
 * It holds the same tables as the SQLite schema (migrations.ts), in PostgreSQL's types.
 */
export const PG_MIGRATIONS: string[] = [
  `
  CREATE TABLE officials (
    id BIGSERIAL PRIMARY KEY,
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    display_name TEXT,
    unit_id TEXT NOT NULL,
    commune TEXT,
    registered_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ,
    reminders_enabled BOOLEAN NOT NULL DEFAULT TRUE
  );
  CREATE UNIQUE INDEX officials_active_user ON officials(channel, user_id) WHERE revoked_at IS NULL;

  CREATE TABLE invites (
    id BIGSERIAL PRIMARY KEY,
    code_hash TEXT NOT NULL UNIQUE,
    unit_id TEXT NOT NULL,
    commune TEXT,
    note TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ,
    used_by BIGINT REFERENCES officials(id),
    revoked_at TIMESTAMPTZ
  );

  CREATE TABLE task_updates (
    id BIGSERIAL PRIMARY KEY,
    task_key TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    status TEXT,
    note TEXT,
    updated_by TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
  );
  CREATE INDEX task_updates_by_unit ON task_updates(unit_id, task_key, id);

  CREATE TABLE reminders (
    official_id BIGINT NOT NULL REFERENCES officials(id),
    item_key TEXT NOT NULL,
    due_date TEXT NOT NULL,
    offset_days INTEGER NOT NULL,
    state TEXT NOT NULL,
    claimed_at TIMESTAMPTZ NOT NULL,
    sent_at TIMESTAMPTZ,
    PRIMARY KEY (official_id, item_key, due_date, offset_days)
  );

  CREATE TABLE feedback (
    id BIGSERIAL PRIMARY KEY,
    channel TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    intent TEXT NOT NULL,
    sources JSONB NOT NULL,
    rating SMALLINT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
  );
  CREATE INDEX feedback_by_time ON feedback(created_at);

  CREATE TABLE questions (
    id BIGSERIAL PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL,
    channel TEXT NOT NULL,
    intent TEXT NOT NULL,
    covered BOOLEAN,
    question TEXT NOT NULL,
    sources JSONB NOT NULL,
    chat_hash TEXT NOT NULL,
    follow_up_of BIGINT REFERENCES feedback(id)
  );
  CREATE INDEX questions_by_time ON questions(created_at);

  CREATE TABLE subscriptions (
    channel TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    subscribed_at TIMESTAMPTZ NOT NULL,
    unsubscribed_at TIMESTAMPTZ,
    PRIMARY KEY (channel, chat_id)
  );

  CREATE TABLE inbox (
    id BIGSERIAL PRIMARY KEY,
    channel TEXT NOT NULL,
    update_key TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    payload JSONB,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    claimed_by TEXT,
    claim_token TEXT,
    lease_until TIMESTAMPTZ,
    next_at TIMESTAMPTZ NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    error TEXT,
    UNIQUE (channel, update_key)
  );
  CREATE INDEX inbox_open ON inbox(state, next_at) WHERE state IN ('pending', 'processing');
  CREATE INDEX inbox_open_by_chat ON inbox(channel, chat_id, id) WHERE state IN ('pending', 'processing');
  CREATE INDEX inbox_finished ON inbox(finished_at) WHERE state IN ('done', 'failed');

  CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    channel TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    dedupe_key TEXT NOT NULL UNIQUE,
    method TEXT NOT NULL,
    params JSONB NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    send_token TEXT,
    next_at TIMESTAMPTZ NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    error TEXT
  );
  CREATE INDEX outbox_open ON outbox(channel, state, next_at) WHERE state IN ('pending', 'claimed', 'sending');
  CREATE INDEX outbox_open_by_chat ON outbox(channel, chat_id, id) WHERE state IN ('pending', 'claimed', 'sending');
  CREATE INDEX outbox_finished ON outbox(finished_at) WHERE state IN ('sent', 'failed', 'uncertain');

  CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
  );

  CREATE TABLE chat_state (
    key TEXT PRIMARY KEY,
    value JSONB NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
  );
  CREATE INDEX chat_state_expiry ON chat_state(expires_at);

  CREATE TABLE rate_hits (
    key TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits INTEGER NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (key, window_start)
  );
  CREATE INDEX rate_hits_expiry ON rate_hits(expires_at);
  `,
  `
  ALTER TABLE task_updates ADD COLUMN undone_at TIMESTAMPTZ;
  CREATE INDEX task_updates_by_official ON task_updates(updated_by, id);
  `,
];
