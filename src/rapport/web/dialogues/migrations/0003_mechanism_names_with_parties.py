"""Stored mechanism names that name none of their parties get them in front ("EU–China ...")."""

from django.db import migrations


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    from rapport.pipeline.mechanisms_canon import display_name

    Mechanism = apps.get_model("dialogues", "Mechanism")
    for mechanism in Mechanism.objects.all():
        name = display_name(mechanism.name, mechanism.party_key.split(","))
        if name != mechanism.name:
            mechanism.name = name[:300]
            mechanism.save(update_fields=["name"])


class Migration(migrations.Migration):

    dependencies = [("dialogues", "0002_listing_indexes")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
