-- Every committed write to an application table tells the servers listening on `rancang_writes` to drop
-- their cached aggregates (docs/decisions/013-aggregate-cache.md): the CLI may write to the PostgreSQL
-- database a server reads. The trigger is per statement, so a bulk import notifies once per statement, and
-- PostgreSQL folds a transaction's identical notifications into one, delivered only when it commits.
CREATE FUNCTION "rancang_notify_write"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('rancang_writes', '');
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- A table added by a later migration calls this too (a test checks that every table has the trigger).
CREATE FUNCTION "rancang_watch_writes"(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'CREATE TRIGGER rancang_notify_write AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s '
    'FOR EACH STATEMENT EXECUTE FUNCTION rancang_notify_write()',
    target
  );
END;
$$;--> statement-breakpoint
SELECT "rancang_watch_writes"('"accounts"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"attendance"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"audit_log"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"elements"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"goals"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"indicator_assessments"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"indicator_catalog"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"indicator_data_availability"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"indicator_evidence"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"indicator_measurements"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"indicator_targets"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"kecamatan"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"missions"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"opd_units"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"people"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"pillars"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"plan_indicator_programs"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"plan_indicators"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"plans"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"positions"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"program_budgets"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"program_kecamatan"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"program_progress"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"program_reviews"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"program_supporting_opds"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"program_targets"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"programs"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"readiness_scores"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"regions"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"role_assignments"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"sessions"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"sign_in_throttle"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"strategies"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"users"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"verifications"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"workshop_phases"');--> statement-breakpoint
SELECT "rancang_watch_writes"('"workshop_sessions"');
