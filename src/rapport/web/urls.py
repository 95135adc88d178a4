"""URL map of the tracker."""

from django.http import HttpResponse
from django.urls import path


def home(request):  # replaced by the web app's pages
    return HttpResponse("Rapport")


urlpatterns = [path("", home, name="home")]
