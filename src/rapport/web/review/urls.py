"""URLs of the review queue."""

from django.urls import path

from rapport.web.review import views

app_name = "review"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("count/", views.count, name="count"),
    path("place/<int:pk>/", views.place, name="place"),
    path("suggestions/<int:pk>/dismiss/", views.dismiss, name="dismiss"),
]
