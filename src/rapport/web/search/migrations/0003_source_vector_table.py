"""Full-text vectors of sources in their own table, written by a trigger or later by an indexer.

``0002`` stored the vector as a generated column of ``sources_source``: PostgreSQL parsed every
text inside the insert, about a millisecond a source on the path of the single ingest writer.
The vectors now live in ``search_source_vector`` (one row per source, GIN-indexed). A
statement trigger fills it as sources are inserted, so every insert stays searchable at once,
unless the inserting session has set ``rapport.defer_search`` to ``on``: the Dask ingest's
writer does, and a second session indexes its committed batches meanwhile
(``rapport.web.search.index``). A row trigger re-indexes a source whose title or text changes.
``search_source_vector_of`` holds the one definition of a vector (title weight A, text weight
B); the indexer calls it too. SQLite keeps FTS5 (``0001``): there the table stays empty and the
SQL below does not run.
"""

import django.db.models.deletion
from collections.abc import Callable, Sequence

from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

import rapport.web.search.models

# A tsvector holds at most 1 MB; the opening of a very long text is what a search should find.
INDEXED_CHARS = 200_000
FORWARD = (
    "CREATE OR REPLACE FUNCTION search_source_vector_of(title text, body text) RETURNS tsvector "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT "
    "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    f"setweight(to_tsvector('english'::regconfig, left(coalesce(body, ''), {INDEXED_CHARS})), 'B') $$",
    # Existing vectors move over as they are: no text is parsed again.
    "INSERT INTO search_source_vector (source_id, vector) "
    "SELECT id, search_vector FROM sources_source WHERE search_vector IS NOT NULL ON CONFLICT DO NOTHING",
    "DROP INDEX IF EXISTS source_search_vector_gin",
    "ALTER TABLE sources_source DROP COLUMN IF EXISTS search_vector",
    "CREATE INDEX IF NOT EXISTS search_source_vector_gin ON search_source_vector USING gin (vector)",
    "CREATE OR REPLACE FUNCTION search_source_vector_inserted() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN "
    "IF coalesce(current_setting('rapport.defer_search', true), '') <> 'on' THEN "
    "INSERT INTO search_source_vector (source_id, vector) "
    "SELECT id, search_source_vector_of(title, text) FROM inserted ON CONFLICT (source_id) DO NOTHING; "
    "END IF; RETURN NULL; END $$",
    "CREATE TRIGGER search_source_vector_ai AFTER INSERT ON sources_source "
    "REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION search_source_vector_inserted()",
    "CREATE OR REPLACE FUNCTION search_source_vector_updated() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN "
    "INSERT INTO search_source_vector (source_id, vector) "
    "VALUES (NEW.id, search_source_vector_of(NEW.title, NEW.text)) "
    "ON CONFLICT (source_id) DO UPDATE SET vector = EXCLUDED.vector; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER search_source_vector_au AFTER UPDATE OF title, text ON sources_source "
    "FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.text IS DISTINCT FROM NEW.text) "
    "EXECUTE FUNCTION search_source_vector_updated()",
)
BACKWARD = (
    "DROP TRIGGER IF EXISTS search_source_vector_au ON sources_source",
    "DROP TRIGGER IF EXISTS search_source_vector_ai ON sources_source",
    "DROP FUNCTION IF EXISTS search_source_vector_updated()",
    "DROP FUNCTION IF EXISTS search_source_vector_inserted()",
    "ALTER TABLE sources_source ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    f"setweight(to_tsvector('english'::regconfig, left(coalesce(text, ''), {INDEXED_CHARS})), 'B')"
    ") STORED",
    "CREATE INDEX IF NOT EXISTS source_search_vector_gin ON sources_source USING gin (search_vector)",
    "DROP FUNCTION IF EXISTS search_source_vector_of(text, text)",
)


def _run(statements: Sequence[str]) -> Callable[[StateApps, BaseDatabaseSchemaEditor], None]:
    def apply(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return
        with schema_editor.connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0002_source_search_vector"), ("sources", "0001_initial")]
    operations = [
        migrations.CreateModel(
            name="SourceVector",
            fields=[
                ("source", models.OneToOneField(
                    on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name="+",
                    serialize=False, to="sources.source",
                )),
                ("vector", rapport.web.search.models.TextSearchVectorField()),
            ],
            options={"db_table": "search_source_vector"},
        ),
        migrations.RunPython(_run(FORWARD), _run(BACKWARD)),
    ]
