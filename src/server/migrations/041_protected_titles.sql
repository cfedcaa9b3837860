-- Protected titles per jurisdiction (the words its law reserves for registered people, with their
-- source and the lawful wording for others), as the catalogue files state them.
ALTER TABLE jurisdictions ADD COLUMN protected_titles jsonb;
