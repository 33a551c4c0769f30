"""The warehouse's SQL, shipped as package data: `schema.sql` (tables, with COMMENT ON), `views.sql`,
and the README's example queries in `queries/`. Code reads them with importlib.resources
(`importlib.resources.files("warehouse")`), so an installed wheel finds them as a checkout does."""
