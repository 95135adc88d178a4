"""The REST API (django-ninja under ``/api/``), API tokens, list exports and the dump format."""
