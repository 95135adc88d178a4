"""URLs of people."""

from django.urls import path

from rapport.web.people import views

app_name = "people"
urlpatterns = [
    path("", views.person_list, name="list"),
    path("<int:pk>/", views.person_detail, name="detail"),
    path("<int:pk>/rename/", views.person_rename, name="rename"),
    path("<int:pk>/merge/", views.person_merge, name="merge"),
]
