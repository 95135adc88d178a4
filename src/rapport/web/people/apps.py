from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "rapport.web.people"
    label = "people"
    default_auto_field = "django.db.models.BigAutoField"
