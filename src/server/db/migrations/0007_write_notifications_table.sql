-- A write notification names the table written (decision 013): a kept answer that reads only some tables
-- (a session, a programme's record) outlives writes to the others. PostgreSQL still folds a transaction's
-- identical notifications, so a transaction notifies once per table it wrote.
CREATE OR REPLACE FUNCTION "rancang_notify_write"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('rancang_writes', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
