ALTER TABLE "enterprises" ADD COLUMN "search_grams" text[] GENERATED ALWAYS AS (enterprise_search_grams(search_text)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "enterprises_search_grams_idx" ON "enterprises" USING gin ("search_grams");--> statement-breakpoint
CREATE INDEX "enterprises_name_pinyin_idx" ON "enterprises" USING btree (("name" COLLATE "zh-x-icu"),"id");--> statement-breakpoint
CREATE INDEX "enterprises_created_idx" ON "enterprises" USING btree ("created_at");