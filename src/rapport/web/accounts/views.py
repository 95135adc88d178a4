"""Sign in and sign out (Django's views with Rapport's templates)."""

from __future__ import annotations

from django.contrib.auth import views as auth_views


class LoginView(auth_views.LoginView):
    """The sign-in form; a signed-in user is sent on to where they were going."""

    template_name = "accounts/login.html"
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    """Sign out (POST only, with the CSRF token, as Django 5 requires)."""
