"""Django settings for the Rapport tracker, read from the environment.

``RAPPORT_DB`` (SQLite path) or ``RAPPORT_DATABASE_URL`` (PostgreSQL), ``RAPPORT_SECRET_KEY``,
``RAPPORT_DEBUG``, ``RAPPORT_ALLOWED_HOSTS``, ``RAPPORT_PRIVATE`` (anonymous visitors see nothing).
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

from rapport.web.database import database_config

BASE_DIR = Path(__file__).resolve().parent


def _flag(name: str, default: bool = False) -> bool:
    return os.environ.get(name, "1" if default else "0").strip().lower() in {"1", "true", "yes", "on"}


def _secret_key() -> str:
    """The secret key from the environment, else one kept beside the database (made once)."""
    if key := os.environ.get("RAPPORT_SECRET_KEY"):
        return key
    db = DATABASES["default"]
    folder = Path(db["NAME"]).parent if db["ENGINE"].endswith("sqlite3") else Path.home() / ".rapport"
    key_file = folder / ".rapport-secret-key"
    try:
        return key_file.read_text().strip()
    except OSError:
        key = secrets.token_urlsafe(50)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            key_file.write_text(key)
            key_file.chmod(0o600)
        except OSError:
            pass  # a read-only place: the key lives for this process only
        return key


DATABASES = {"default": database_config()}
SECRET_KEY = _secret_key()
DEBUG = _flag("RAPPORT_DEBUG")
ALLOWED_HOSTS = os.environ.get("RAPPORT_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
RAPPORT_PRIVATE = _flag("RAPPORT_PRIVATE")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rapport.web.core",
    "rapport.web.accounts",
    "rapport.web.sources",
    "rapport.web.people",
    "rapport.web.dialogues",
    "rapport.web.followup",
    "rapport.web.review",
    "rapport.web.search",
    "rapport.web.api",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "rapport.web.core.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "rapport.web.core.middleware.ActorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "rapport.web.urls"
WSGI_APPLICATION = "rapport.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "rapport.web.core.sample.sample_banner",
            ],
        },
    }
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Served straight from the package through WhiteNoise's finders: no collectstatic step is needed;
# set RAPPORT_STATIC_ROOT only to collect the files for another web server.
STATIC_ROOT = os.environ.get("RAPPORT_STATIC_ROOT") or None
WHITENOISE_USE_FINDERS = True

# Sign-in throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one user name
# from one address, that pair waits AXES_COOLOFF_TIME; a success forgets the failures.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("RAPPORT_LOGIN_FAILURES", 5))
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "rapport.web.accounts.views.locked_out"
AXES_VERBOSE = False
CSRF_FAILURE_VIEW = "rapport.web.core.views.csrf_failure"

LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

# Security: cookies are HTTP-only and same-site; pages cannot be framed.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = _flag("RAPPORT_HTTPS")
CSRF_COOKIE_SECURE = _flag("RAPPORT_HTTPS")
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Uploads: sources are small documents; anything larger is refused with a clear message.
RAPPORT_MAX_UPLOAD_BYTES = int(os.environ.get("RAPPORT_MAX_UPLOAD_BYTES", 5 * 1024 * 1024))
DATA_UPLOAD_MAX_MEMORY_SIZE = RAPPORT_MAX_UPLOAD_BYTES
FILE_UPLOAD_MAX_MEMORY_SIZE = RAPPORT_MAX_UPLOAD_BYTES

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("RAPPORT_LOG_LEVEL", "WARNING")},
}
