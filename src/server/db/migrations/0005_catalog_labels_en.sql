ALTER TABLE "indicator_catalog" ADD COLUMN "numerator_label_en" text;--> statement-breakpoint
ALTER TABLE "indicator_catalog" ADD COLUMN "denominator_label_en" text;