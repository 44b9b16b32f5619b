CREATE TABLE "indicator_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measurement_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_evidence_content_type_check" CHECK ("indicator_evidence"."content_type" in ('application/pdf', 'image/png', 'image/jpeg', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')),
	CONSTRAINT "indicator_evidence_size_bytes_check" CHECK ("indicator_evidence"."size_bytes" > 0)
);
--> statement-breakpoint
ALTER TABLE "indicator_evidence" ADD CONSTRAINT "indicator_evidence_measurement_id_indicator_measurements_id_fk" FOREIGN KEY ("measurement_id") REFERENCES "public"."indicator_measurements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_evidence_measurement_idx" ON "indicator_evidence" USING btree ("measurement_id");