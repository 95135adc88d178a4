"""The interactive API documentation page, served entirely from Rapport's own static files."""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from ninja import NinjaAPI
from ninja.openapi.docs import DocsBase


class OfflineSwagger(DocsBase):
    """Swagger UI from ``api/static/api/swagger/`` (vendored): it works without the internet."""

    settings: dict[str, Any] = {"layout": "BaseLayout", "deepLinking": True}

    def render_page(self, request: HttpRequest, api: NinjaAPI, **kwargs: Any) -> HttpResponse:
        """The Swagger UI page pointing at this API's OpenAPI document."""
        settings = {**self.settings, "url": self.get_openapi_url(api, kwargs)}
        context = {"api": api, "swagger_settings": json.dumps(settings)}
        return render(request, "api/swagger.html", context)
