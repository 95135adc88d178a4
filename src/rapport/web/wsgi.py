"""WSGI entry point, served by waitress through ``rapport serve``."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rapport.web.settings")
application = get_wsgi_application()
