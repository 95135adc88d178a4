"""The tracker: a Django project around the pipeline (models, services, web app, REST API)."""
