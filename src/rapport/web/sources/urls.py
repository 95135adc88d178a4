"""URLs of sources."""

from django.urls import path

from rapport.web.sources import views

app_name = "sources"
urlpatterns = [
    path("add/", views.source_add, name="add"),
    path("<int:pk>/", views.source_detail, name="detail"),
]
