"""URL map of the tracker: one include per app, plus the home page and record history."""

from importlib.util import find_spec

from django.urls import include, path

from rapport.web.core import views as core_views

urlpatterns = [
    path("", core_views.home, name="home"),
    path("history/<str:kind>/<int:pk>/", core_views.history, name="history"),
    path("changes/", core_views.changes, name="changes"),
    path("promises/", include("rapport.web.followup.urls")),
    path("accounts/", include("rapport.web.accounts.urls")),
    path("", include("rapport.web.dialogues.urls")),
    path("sources/", include("rapport.web.sources.urls")),
    path("people/", include("rapport.web.people.urls")),
    path("review/", include("rapport.web.review.urls")),
    path("search/", include("rapport.web.search.urls")),
]

handler400 = "rapport.web.core.views.bad_request"

# The REST API is its own app; mounted here when present.
if find_spec("rapport.web.api.urls") is not None:
    urlpatterns.append(path("api/", include("rapport.web.api.urls")))
