"""The ninja API object: title, authentication, error handlers, docs and the resource routers."""

from __future__ import annotations

from typing import Any

from ninja import NinjaAPI

from rapport import __version__
from rapport.web.api.auth import API_AUTH
from rapport.web.api.docs import OfflineSwagger
from rapport.web.api.errors import register_error_handlers
from rapport.web.api.routers import ROUTERS

DESCRIPTION = """\
Read the tracker's dialogues (mechanisms), meetings with their sources and conflicts, people,
themes, promises and sources; search; ingest readouts and decide on reviews.

**Authentication**: `Authorization: Bearer <token>` with a token from `rapport token create USER`.
Without a token you read what is published (nothing, on a private instance). Viewers read drafts
too; editors and admins may write.

**Errors** always have the body `{"error": {"code": ..., "message": ..., "field": ...}}`.

**Lists** take `limit` and `offset` and answer `{"total", "limit", "offset", "items"}`;
`?format=csv` gives the same rows as CSV.
"""


class RapportAPI(NinjaAPI):
    """NinjaAPI whose OpenAPI marks reads as open to anonymous callers too."""

    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        """The OpenAPI document, with ``{}`` (no credentials) allowed on read operations."""
        schema = super().get_openapi_schema(*args, **kwargs)
        for path_item in schema.get("paths", {}).values():
            for method, operation in path_item.items():
                if method == "get" and operation.get("security"):
                    operation["security"] = [*operation["security"], {}]
        return schema


def build_api() -> NinjaAPI:
    """A new API object with every router mounted."""
    api = RapportAPI(
        title="Rapport API",
        version=__version__,
        description=DESCRIPTION,
        auth=API_AUTH,
        docs=OfflineSwagger(),
        docs_url="/docs",
        openapi_url="/openapi.json",
        urls_namespace="api",
    )
    register_error_handlers(api)
    for prefix, router in ROUTERS:
        api.add_router(prefix, router)
    return api


api = build_api()
