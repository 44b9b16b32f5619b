CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"region_id" uuid,
	"plan_id" uuid,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "indicator_assessments" (
	"plan_indicator_id" uuid NOT NULL,
	"criterion" text NOT NULL,
	"score" smallint NOT NULL,
	"rationale" text,
	CONSTRAINT "indicator_assessments_pk" PRIMARY KEY("plan_indicator_id","criterion"),
	CONSTRAINT "indicator_assessments_criterion_check" CHECK ("indicator_assessments"."criterion" in ('completeness', 'technology_neutrality', 'simplicity', 'validity', 'verifiability', 'data_availability')),
	CONSTRAINT "indicator_assessments_score_check" CHECK ("indicator_assessments"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "indicator_catalog" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid,
	"code" text NOT NULL,
	"source" text NOT NULL,
	"reference" text,
	"theme" text NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"definition_id" text,
	"definition_en" text,
	"unit" text NOT NULL,
	"kind" text,
	"numerator_label" text,
	"denominator_label" text,
	"multiplier" numeric(18, 6),
	"min_value" numeric(20, 6),
	"max_value" numeric(20, 6),
	"direction" text DEFAULT 'increase' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "indicator_catalog_code_unique" UNIQUE("code"),
	CONSTRAINT "indicator_catalog_source_check" CHECK ("indicator_catalog"."source" in ('iso37120', 'iso37122', 'iso37123', 'u4ssc', 'national', 'local')),
	CONSTRAINT "indicator_catalog_theme_check" CHECK ("indicator_catalog"."theme" in ('economy', 'education', 'energy', 'environment_climate', 'finance', 'governance', 'health', 'housing', 'population_social', 'recreation', 'safety', 'solid_waste', 'sport_culture', 'telecommunication', 'transportation', 'agriculture_food', 'urban_planning', 'wastewater', 'water')),
	CONSTRAINT "indicator_catalog_direction_check" CHECK ("indicator_catalog"."direction" in ('increase', 'decrease', 'maintain')),
	CONSTRAINT "indicator_catalog_max_value_check" CHECK ("indicator_catalog"."max_value" is null or "indicator_catalog"."min_value" is null or "indicator_catalog"."max_value" >= "indicator_catalog"."min_value")
);
--> statement-breakpoint
CREATE TABLE "indicator_data_availability" (
	"plan_indicator_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	CONSTRAINT "indicator_data_availability_pk" PRIMARY KEY("plan_indicator_id","opd_id"),
	CONSTRAINT "indicator_data_availability_status_check" CHECK ("indicator_data_availability"."status" in ('produced', 'partial', 'not_available'))
);
--> statement-breakpoint
CREATE TABLE "indicator_measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_indicator_id" uuid NOT NULL,
	"period_year" integer NOT NULL,
	"period_start" date,
	"period_end" date,
	"value" numeric(20, 6) NOT NULL,
	"numerator" numeric(20, 6),
	"denominator" numeric(20, 6),
	"evidence_url" text,
	"evidence_file" text,
	"note" text,
	"status" text DEFAULT 'submitted' NOT NULL,
	"submitted_by" text,
	"verified_by" text,
	"verified_at" timestamp with time zone,
	"rejection_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "indicator_measurements_status_check" CHECK ("indicator_measurements"."status" in ('submitted', 'verified', 'rejected')),
	CONSTRAINT "indicator_measurements_denominator_check" CHECK ("indicator_measurements"."denominator" is null or "indicator_measurements"."denominator" <> 0),
	CONSTRAINT "indicator_measurements_period_end_check" CHECK ("indicator_measurements"."period_end" is null or "indicator_measurements"."period_start" is null or "indicator_measurements"."period_end" >= "indicator_measurements"."period_start")
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"plan_indicator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"value" numeric(20, 6) NOT NULL,
	CONSTRAINT "indicator_targets_pk" PRIMARY KEY("plan_indicator_id","year")
);
--> statement-breakpoint
CREATE TABLE "plan_indicator_programs" (
	"plan_indicator_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	CONSTRAINT "plan_indicator_programs_pk" PRIMARY KEY("plan_indicator_id","program_id")
);
--> statement-breakpoint
CREATE TABLE "plan_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"catalog_id" uuid NOT NULL,
	"pillar_id" uuid NOT NULL,
	"element_id" uuid,
	"producer_opd_id" uuid,
	"frequency" text DEFAULT 'yearly' NOT NULL,
	"baseline_year" integer,
	"baseline_value" numeric(20, 6),
	"baseline_source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "plan_indicators_plan_catalog_unique" UNIQUE("plan_id","catalog_id"),
	CONSTRAINT "plan_indicators_frequency_check" CHECK ("plan_indicators"."frequency" in ('monthly', 'quarterly', 'semester', 'yearly'))
);
--> statement-breakpoint
CREATE TABLE "opd_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"kecamatan_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "opd_units_region_code_unique" UNIQUE("region_id","code"),
	CONSTRAINT "opd_units_id_region_unique" UNIQUE("id","region_id"),
	CONSTRAINT "opd_units_type_check" CHECK ("opd_units"."type" in ('secretariat', 'council_secretariat', 'inspectorate', 'office', 'agency', 'kecamatan', 'other'))
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"email" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"title" text NOT NULL,
	"role" text NOT NULL,
	"start_date" date,
	"end_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "positions_role_check" CHECK ("positions"."role" in ('head', 'secretary', 'program_head', 'staff', 'other')),
	CONSTRAINT "positions_end_date_check" CHECK ("positions"."end_date" is null or "positions"."start_date" is null or "positions"."end_date" >= "positions"."start_date")
);
--> statement-breakpoint
CREATE TABLE "elements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"pillar_id" uuid NOT NULL,
	"key" text NOT NULL,
	"ordinal" integer NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "elements_pillar_key_unique" UNIQUE("pillar_id","key"),
	CONSTRAINT "elements_id_pillar_unique" UNIQUE("id","pillar_id")
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"mission_id" uuid,
	"ordinal" integer NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "goals_plan_ordinal_unique" UNIQUE("plan_id","ordinal")
);
--> statement-breakpoint
CREATE TABLE "missions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"text" text NOT NULL,
	"rpjmd_mission" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "missions_plan_ordinal_unique" UNIQUE("plan_id","ordinal"),
	CONSTRAINT "missions_id_plan_unique" UNIQUE("id","plan_id")
);
--> statement-breakpoint
CREATE TABLE "pillars" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"key" text NOT NULL,
	"ordinal" integer NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "pillars_plan_key_unique" UNIQUE("plan_id","key"),
	CONSTRAINT "pillars_id_plan_unique" UNIQUE("id","plan_id")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"title" text NOT NULL,
	"period_start" integer NOT NULL,
	"period_end" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"current_phase" smallint,
	"vision" text,
	"rpjmd_reference" text,
	"adoption_instrument" text,
	"adopted_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "plans_status_check" CHECK ("plans"."status" in ('draft', 'review', 'adopted', 'implementing')),
	CONSTRAINT "plans_current_phase_check" CHECK ("plans"."current_phase" in (1, 2, 3, 4)),
	CONSTRAINT "plans_period_start_check" CHECK ("plans"."period_start" between 2000 and 2100),
	CONSTRAINT "plans_period_end_check" CHECK ("plans"."period_end" >= "plans"."period_start" and "plans"."period_end" - "plans"."period_start" < 10)
);
--> statement-breakpoint
CREATE TABLE "readiness_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"pillar_id" uuid NOT NULL,
	"aspect" text NOT NULL,
	"score" smallint NOT NULL,
	"strengths" text,
	"weaknesses" text,
	"opportunities" text,
	"threats" text,
	"evidence" text,
	"assessed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "readiness_scores_pillar_aspect_unique" UNIQUE("pillar_id","aspect"),
	CONSTRAINT "readiness_scores_aspect_check" CHECK ("readiness_scores"."aspect" in ('struktur', 'infrastruktur', 'suprastruktur')),
	CONSTRAINT "readiness_scores_score_check" CHECK ("readiness_scores"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "strategies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"pillar_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "strategies_pillar_ordinal_unique" UNIQUE("pillar_id","ordinal")
);
--> statement-breakpoint
CREATE TABLE "program_budgets" (
	"program_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	CONSTRAINT "program_budgets_pk" PRIMARY KEY("program_id","year","source"),
	CONSTRAINT "program_budgets_source_check" CHECK ("program_budgets"."source" in ('apbd', 'apbd_provinsi', 'apbn_dak', 'csr', 'kpbu', 'community', 'other')),
	CONSTRAINT "program_budgets_amount_check" CHECK ("program_budgets"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "program_kecamatan" (
	"program_id" uuid NOT NULL,
	"kecamatan_id" uuid NOT NULL,
	CONSTRAINT "program_kecamatan_pk" PRIMARY KEY("program_id","kecamatan_id")
);
--> statement-breakpoint
CREATE TABLE "program_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"quarter" smallint,
	"status" text NOT NULL,
	"realisation_percent" numeric(5, 2),
	"budget_realised" numeric(18, 2),
	"note" text,
	"evidence_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "program_progress_status_check" CHECK ("program_progress"."status" in ('not_started', 'running', 'completed', 'stalled', 'cancelled')),
	CONSTRAINT "program_progress_quarter_check" CHECK ("program_progress"."quarter" between 1 and 4),
	CONSTRAINT "program_progress_realisation_percent_check" CHECK ("program_progress"."realisation_percent" between 0 and 100),
	CONSTRAINT "program_progress_budget_realised_check" CHECK ("program_progress"."budget_realised" >= 0)
);
--> statement-breakpoint
CREATE TABLE "program_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"verdict" text NOT NULL,
	"comment" text,
	"author" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_reviews_verdict_check" CHECK ("program_reviews"."verdict" in ('pending', 'accepted', 'needs_revision'))
);
--> statement-breakpoint
CREATE TABLE "program_supporting_opds" (
	"program_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	CONSTRAINT "program_supporting_opds_pk" PRIMARY KEY("program_id","opd_id")
);
--> statement-breakpoint
CREATE TABLE "program_targets" (
	"program_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"target" text NOT NULL,
	CONSTRAINT "program_targets_pk" PRIMARY KEY("program_id","year")
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"pillar_id" uuid NOT NULL,
	"element_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"lead_opd_id" uuid NOT NULL,
	"mission_id" uuid,
	"rpjmd_program" text,
	"renstra_program" text,
	"horizon" smallint NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"is_quick_win" boolean DEFAULT false NOT NULL,
	"innovation" text,
	"output" text,
	"outcome" text,
	"review_status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "programs_plan_code_unique" UNIQUE("plan_id","code"),
	CONSTRAINT "programs_horizon_check" CHECK ("programs"."horizon" in (1, 5, 10)),
	CONSTRAINT "programs_review_status_check" CHECK ("programs"."review_status" in ('pending', 'accepted', 'needs_revision')),
	CONSTRAINT "programs_end_year_check" CHECK ("programs"."end_year" >= "programs"."start_year")
);
--> statement-breakpoint
CREATE TABLE "kecamatan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"population" integer,
	"area_km2" numeric(12, 2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "kecamatan_region_code_unique" UNIQUE("region_id","code"),
	CONSTRAINT "kecamatan_region_name_unique" UNIQUE("region_id","name"),
	CONSTRAINT "kecamatan_population_check" CHECK ("kecamatan"."population" >= 0),
	CONSTRAINT "kecamatan_area_km2_check" CHECK ("kecamatan"."area_km2" > 0)
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"province" text NOT NULL,
	"capital" text,
	"population" integer,
	"population_year" integer,
	"area_km2" numeric(12, 2),
	"desa_count" integer,
	"kelurahan_count" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "regions_code_unique" UNIQUE("code"),
	CONSTRAINT "regions_kind_check" CHECK ("regions"."kind" in ('kabupaten', 'kota')),
	CONSTRAINT "regions_population_check" CHECK ("regions"."population" >= 0),
	CONSTRAINT "regions_area_km2_check" CHECK ("regions"."area_km2" > 0)
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	"status" text DEFAULT 'present' NOT NULL,
	"checked_in_at" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "attendance_session_person_unique" UNIQUE("session_id","person_id"),
	CONSTRAINT "attendance_status_check" CHECK ("attendance"."status" in ('present', 'late', 'excused', 'absent'))
);
--> statement-breakpoint
CREATE TABLE "workshop_phases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"phase" smallint NOT NULL,
	"title" text NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"venue" text,
	"facilitators" text,
	"output" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "workshop_phases_plan_phase_unique" UNIQUE("plan_id","phase"),
	CONSTRAINT "workshop_phases_phase_check" CHECK ("workshop_phases"."phase" in (1, 2, 3, 4)),
	CONSTRAINT "workshop_phases_ends_on_check" CHECK ("workshop_phases"."ends_on" is null or "workshop_phases"."starts_on" is null or "workshop_phases"."ends_on" >= "workshop_phases"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "workshop_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"phase_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"venue" text,
	"agenda" text,
	"facilitator" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "workshop_sessions_phase_ordinal_unique" UNIQUE("phase_id","ordinal"),
	CONSTRAINT "workshop_sessions_ends_at_check" CHECK ("workshop_sessions"."ends_at" is null or "workshop_sessions"."ends_at" >= "workshop_sessions"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "indicator_assessments" ADD CONSTRAINT "indicator_assessments_plan_indicator_id_plan_indicators_id_fk" FOREIGN KEY ("plan_indicator_id") REFERENCES "public"."plan_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_catalog" ADD CONSTRAINT "indicator_catalog_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_data_availability" ADD CONSTRAINT "indicator_data_availability_plan_indicator_id_plan_indicators_id_fk" FOREIGN KEY ("plan_indicator_id") REFERENCES "public"."plan_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_data_availability" ADD CONSTRAINT "indicator_data_availability_opd_id_opd_units_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_measurements" ADD CONSTRAINT "indicator_measurements_plan_indicator_id_plan_indicators_id_fk" FOREIGN KEY ("plan_indicator_id") REFERENCES "public"."plan_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_plan_indicator_id_plan_indicators_id_fk" FOREIGN KEY ("plan_indicator_id") REFERENCES "public"."plan_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicator_programs" ADD CONSTRAINT "plan_indicator_programs_plan_indicator_id_plan_indicators_id_fk" FOREIGN KEY ("plan_indicator_id") REFERENCES "public"."plan_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicator_programs" ADD CONSTRAINT "plan_indicator_programs_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_catalog_id_indicator_catalog_id_fk" FOREIGN KEY ("catalog_id") REFERENCES "public"."indicator_catalog"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_producer_opd_id_opd_units_id_fk" FOREIGN KEY ("producer_opd_id") REFERENCES "public"."opd_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_pillar_fk" FOREIGN KEY ("pillar_id","plan_id") REFERENCES "public"."pillars"("id","plan_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_plan_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_element_fk" FOREIGN KEY ("element_id","pillar_id") REFERENCES "public"."elements"("id","pillar_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opd_units" ADD CONSTRAINT "opd_units_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opd_units" ADD CONSTRAINT "opd_units_kecamatan_id_kecamatan_id_fk" FOREIGN KEY ("kecamatan_id") REFERENCES "public"."kecamatan"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_opd_id_opd_units_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elements" ADD CONSTRAINT "elements_pillar_fk" FOREIGN KEY ("pillar_id","plan_id") REFERENCES "public"."pillars"("id","plan_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_mission_fk" FOREIGN KEY ("mission_id","plan_id") REFERENCES "public"."missions"("id","plan_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "missions" ADD CONSTRAINT "missions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pillars" ADD CONSTRAINT "pillars_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_scores" ADD CONSTRAINT "readiness_scores_pillar_fk" FOREIGN KEY ("pillar_id","plan_id") REFERENCES "public"."pillars"("id","plan_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategies" ADD CONSTRAINT "strategies_pillar_fk" FOREIGN KEY ("pillar_id","plan_id") REFERENCES "public"."pillars"("id","plan_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_budgets" ADD CONSTRAINT "program_budgets_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_kecamatan" ADD CONSTRAINT "program_kecamatan_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_kecamatan" ADD CONSTRAINT "program_kecamatan_kecamatan_id_kecamatan_id_fk" FOREIGN KEY ("kecamatan_id") REFERENCES "public"."kecamatan"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_progress" ADD CONSTRAINT "program_progress_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_reviews" ADD CONSTRAINT "program_reviews_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_supporting_opds" ADD CONSTRAINT "program_supporting_opds_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_supporting_opds" ADD CONSTRAINT "program_supporting_opds_opd_id_opd_units_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_targets" ADD CONSTRAINT "program_targets_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_lead_opd_id_opd_units_id_fk" FOREIGN KEY ("lead_opd_id") REFERENCES "public"."opd_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_pillar_fk" FOREIGN KEY ("pillar_id","plan_id") REFERENCES "public"."pillars"("id","plan_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_element_fk" FOREIGN KEY ("element_id","pillar_id") REFERENCES "public"."elements"("id","pillar_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_mission_fk" FOREIGN KEY ("mission_id","plan_id") REFERENCES "public"."missions"("id","plan_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kecamatan" ADD CONSTRAINT "kecamatan_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_session_id_workshop_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."workshop_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_opd_id_opd_units_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_phases" ADD CONSTRAINT "workshop_phases_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_sessions" ADD CONSTRAINT "workshop_sessions_phase_id_workshop_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."workshop_phases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_plan_idx" ON "audit_log" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "audit_log_region_idx" ON "audit_log" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "indicator_measurements_indicator_idx" ON "indicator_measurements" USING btree ("plan_indicator_id","period_year");--> statement-breakpoint
CREATE INDEX "plan_indicators_plan_idx" ON "plan_indicators" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "people_region_idx" ON "people" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "positions_person_idx" ON "positions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "positions_opd_idx" ON "positions" USING btree ("opd_id");--> statement-breakpoint
CREATE INDEX "plans_region_idx" ON "plans" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "readiness_scores_plan_idx" ON "readiness_scores" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "strategies_plan_idx" ON "strategies" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "program_progress_program_idx" ON "program_progress" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "program_reviews_program_idx" ON "program_reviews" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "programs_plan_idx" ON "programs" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "programs_lead_opd_idx" ON "programs" USING btree ("lead_opd_id");--> statement-breakpoint
CREATE INDEX "attendance_opd_idx" ON "attendance" USING btree ("opd_id");