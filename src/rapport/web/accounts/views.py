"""Sign in and sign out (Django's views with Rapport's templates)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


class LoginView(auth_views.LoginView):
    """The sign-in form; a signed-in user is sent on to where they were going."""

    template_name = "accounts/login.html"
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    """Sign out (POST only, with the CSRF token, as Django 5 requires)."""


def locked_out(request: HttpRequest, response: HttpResponse | None = None, credentials: dict[str, Any] | None = None) -> HttpResponse:
    """The sign-in page after too many wrong passwords (django-axes' lockout), answered 429."""
    form = AuthenticationForm(request, data={"username": (credentials or {}).get("username", "")})
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    form.errors.clear()
    form.add_error(None, f"Too many wrong passwords for this user name: wait {minutes} minutes and try again, "
                   "or ask an admin to reset it.")
    return render(request, "accounts/login.html", {"form": form, "next": request.POST.get("next", "")}, status=429)
