"""URLs of dialogues, meetings, countries and themes."""

from django.urls import path

from rapport.web.dialogues import meeting_views, views

app_name = "dialogues"
urlpatterns = [
    path("dialogues/", views.dialogue_list, name="list"),
    path("dialogues/<int:pk>/", views.dialogue_detail, name="detail"),
    path("meetings/<int:pk>/", meeting_views.meeting_detail, name="meeting"),
    path("meetings/<int:pk>/correct/", meeting_views.meeting_correct, name="meeting_correct"),
    path("meetings/<int:pk>/chairs/", meeting_views.meeting_chair, name="meeting_chair"),
    path("meetings/<int:pk>/merge/", meeting_views.meeting_merge, name="meeting_merge"),
    path("meetings/<int:pk>/split/", meeting_views.meeting_split, name="meeting_split"),
    path("meetings/<int:pk>/review/", meeting_views.meeting_review, name="meeting_review"),
    path("countries/", views.country_list, name="countries"),
    path("countries/<str:code>/", views.country_detail, name="country"),
    path("themes/", views.theme_list, name="themes"),
    path("themes/<slug:theme>/", views.theme_detail, name="theme"),
]
