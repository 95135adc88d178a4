"""URLs of the follow-up pages: every promise, filtered."""

from django.urls import path

from rapport.web.followup import views

app_name = "followup"
urlpatterns = [path("", views.promise_list, name="list")]
