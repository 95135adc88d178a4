"""The "sample data: fictional" banner shows exactly while the bundled sample is loaded."""

from __future__ import annotations

import pytest
from django.test import Client

from rapport.web.core import sample
from rapport.web.sources.models import Source

pytestmark = pytest.mark.django_db


def test_banner_only_while_the_sample_is_loaded(client: Client) -> None:
    sample._seen.clear()
    assert "Sample data: fictional" not in client.get("/").content.decode()
    Source.objects.create(url=sample.sample_url(), text="an article of the sample", content_hash="x" * 64)
    sample._seen.clear()  # the answer is kept a minute; a new process would ask again
    assert "Sample data: fictional" in client.get("/").content.decode()
    sample._seen.clear()
