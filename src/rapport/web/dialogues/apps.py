from django.apps import AppConfig


class DialoguesConfig(AppConfig):
    name = "rapport.web.dialogues"
    label = "dialogues"
    default_auto_field = "django.db.models.BigAutoField"
