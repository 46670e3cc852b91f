-- The search in ISSA's four working languages (search/analyser.ts mirrors these configurations):
-- each language's Snowball stemmer with accents folded first, as gp_english does.
CREATE TEXT SEARCH CONFIGURATION gp_french (COPY = pg_catalog.french);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION gp_french ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION gp_german (COPY = pg_catalog.german);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION gp_german ALTER MAPPING FOR hword, hword_part, word WITH unaccent, german_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION gp_spanish (COPY = pg_catalog.spanish);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION gp_spanish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;--> statement-breakpoint
-- The configuration of a language code ('en', 'fr', 'de', 'es').
CREATE FUNCTION search_config(p_language text) RETURNS regconfig LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE p_language
    WHEN 'fr' THEN 'gp_french'::regconfig
    WHEN 'de' THEN 'gp_german'::regconfig
    WHEN 'es' THEN 'gp_spanish'::regconfig
    ELSE 'gp_english'::regconfig
  END
$$;--> statement-breakpoint
-- A translation's document, weighted as practice_document weighs the original's: its title (A), the
-- practice's institution, country and topics (B) and its summary (C), in the translation's language.
-- Only the SQL search computes it, over the few practices translated into the language searched.
CREATE FUNCTION translation_document(p_language text, p_title text, p_summary text, p_institution_id integer, p_topic_ids integer[])
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector(search_config(p_language), coalesce(p_title, '')), 'A')
      || setweight(to_tsvector(search_config(p_language), concat_ws(' ', i.name, i.acronym, c.name,
           (SELECT string_agg(t.name, ' ' ORDER BY t.id) FROM topics t WHERE t.id = ANY (p_topic_ids)))), 'B')
      || setweight(to_tsvector(search_config(p_language), p_summary), 'C')
  FROM institutions i JOIN countries c ON c.id = i.country_id
  WHERE i.id = p_institution_id
$$;--> statement-breakpoint
-- A translation's change is its practice's change for the search (see 0003_search_changes). Each
-- operation's statements name only the transition tables it has: a DELETE has no new_rows, and a
-- statement naming it fails even where its WHERE would never read it.
CREATE FUNCTION search_changes_translations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO search_changes (practice_id) SELECT DISTINCT practice_id FROM old_rows;
  ELSE
    INSERT INTO search_changes (practice_id) SELECT DISTINCT practice_id FROM new_rows;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO search_changes (practice_id)
      SELECT DISTINCT practice_id FROM old_rows WHERE practice_id NOT IN (SELECT practice_id FROM new_rows);
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
-- The same for practices: 0003's version named new_rows in the statement a DELETE runs, so deleting
-- a practice failed.
CREATE OR REPLACE FUNCTION search_changes_practices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO search_changes (practice_id) SELECT id FROM old_rows;
  ELSE
    INSERT INTO search_changes (practice_id) SELECT id FROM new_rows;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO search_changes (practice_id) SELECT id FROM old_rows WHERE id NOT IN (SELECT id FROM new_rows);
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER search_changes_translations_insert AFTER INSERT ON practice_translations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_translations();--> statement-breakpoint
CREATE TRIGGER search_changes_translations_update AFTER UPDATE ON practice_translations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_translations();--> statement-breakpoint
CREATE TRIGGER search_changes_translations_delete AFTER DELETE ON practice_translations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_changes_translations();
