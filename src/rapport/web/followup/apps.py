from django.apps import AppConfig


class FollowupConfig(AppConfig):
    name = "rapport.web.followup"
    label = "followup"
    default_auto_field = "django.db.models.BigAutoField"
