"""``rapport createuser``: add a user (or change an existing one's role and password)."""

from __future__ import annotations

import argparse
import getpass
import sys

from rapport.cli.django_setup import setup_django

HELP = "create a user with a role (viewer, editor or admin), or reset an existing user's"
EXAMPLE = "echo 's3cret-pass' | rapport createuser alice --role editor --password-stdin"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """User name, role and where the password comes from."""
    parser.add_argument("name", help="the user name to sign in with")
    parser.add_argument(
        "--role", choices=("viewer", "editor", "admin"), default="viewer", help="default viewer"
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input instead of prompting",
    )


def _read_password(from_stdin: bool) -> str:
    """The password from stdin's first line, or typed twice at a prompt."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Password (again): "):
        raise ValueError("the two passwords differ")
    return first


def run(args: argparse.Namespace) -> int:
    """Create or update the user, validate the password, and set the role."""
    setup_django()
    # Django's models import only once setup_django() has configured Django
    from django.contrib.auth import get_user_model
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    from rapport.web.accounts.roles import set_role

    try:
        password = _read_password(args.password_stdin)
        user_model = get_user_model()
        user = user_model.objects.filter(username=args.name).first() or user_model(username=args.name)
        validate_password(password, user)
    except (ValueError, ValidationError) as error:
        messages = error.messages if isinstance(error, ValidationError) else [str(error)]
        print(f"error: password for {args.name!r}: {' '.join(messages)}", file=sys.stderr)
        return 1
    created = user.pk is None
    user.set_password(password)
    user.is_superuser = args.role == "admin"
    user.save()
    set_role(user, args.role)
    print(f"{'created' if created else 'updated'} user {args.name!r} with role {args.role}")
    return 0
