"""URL of the search page."""

from django.urls import path

from rapport.web.search import views

app_name = "search"
urlpatterns = [path("", views.search, name="search")]
