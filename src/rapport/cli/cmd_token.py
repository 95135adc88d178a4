"""``rapport token``: create, list and revoke API tokens (only their hashes are stored)."""

from __future__ import annotations

import argparse
import sys

from rapport.cli.django_setup import setup_django

HELP = "create, list or revoke a user's REST API tokens (the secret is shown once)"
EXAMPLE = "rapport token create alice --name laptop   # then: rapport token revoke rpt_AbCdEfGh"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Sub-actions: create USER, list [USER], revoke PREFIX|--user USER."""
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="make a new token for USER and print it once")
    create.add_argument("user", help="the user name the token acts as")
    create.add_argument("--name", default="", help="a label to recognise the token by")
    listing = actions.add_parser("list", help="list tokens (prefix, user, name, last used, state)")
    listing.add_argument("user", nargs="?", help="only this user's tokens")
    revoke = actions.add_parser("revoke", help="revoke a token by its prefix, or all of a user's")
    revoke.add_argument("prefix", nargs="?", help="the token's prefix as `token list` shows it, or the whole token")
    revoke.add_argument("--user", help="revoke every active token of this user")


def _user(name: str):  # type: ignore[no-untyped-def]
    # Django's models import only once setup_django() has configured Django
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(username=name).first()
    if user is None:
        raise LookupError(f"no user {name!r}; create one with `rapport createuser {name}`")
    return user


def _create(args: argparse.Namespace) -> int:
    # Django's models import only once setup_django() has configured Django
    from rapport.web.api.tokens import api_token_create

    new = api_token_create(user=_user(args.user), name=args.name)
    print(new.secret)
    print(f"token {new.record.prefix}… for {args.user}: keep it now, it is not shown again",
          file=sys.stderr)
    return 0


def _list(args: argparse.Namespace) -> int:
    # Django's models import only once setup_django() has configured Django
    from rapport.web.api.tokens import api_token_list

    for token in api_token_list(user=_user(args.user) if args.user else None):
        used = f"{token.last_used:%Y-%m-%d %H:%M}" if token.last_used else "never"
        state = f"revoked {token.revoked:%Y-%m-%d}" if token.revoked else "active"
        print(f"{token.prefix}\t{token.user}\t{token.name or '-'}\tlast used {used}\t{state}")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    # Django's models import only once setup_django() has configured Django
    from rapport.web.api.models import ApiToken
    from rapport.web.api.tokens import PREFIX_LENGTH, api_token_revoke, token_digest

    if bool(args.prefix) == bool(args.user):
        raise LookupError("give a token prefix or --user USER (one of the two)")
    if args.user:
        tokens = list(ApiToken.objects.filter(user=_user(args.user), revoked__isnull=True))
    elif len(args.prefix) > PREFIX_LENGTH:
        tokens = list(ApiToken.objects.filter(digest=token_digest(args.prefix)))
    else:
        tokens = list(ApiToken.objects.filter(prefix=args.prefix))
        if not tokens:
            raise LookupError(f"no token with prefix {args.prefix[:PREFIX_LENGTH]!r}; see `rapport token list`")
    for token in tokens:
        api_token_revoke(token=token)
        print(f"revoked {token.prefix}… of {token.user}")
    return 0


def run(args: argparse.Namespace) -> int:
    """Run the chosen action; unknown users and tokens are reported with exit status 1."""
    setup_django()
    action = {"create": _create, "list": _list, "revoke": _revoke}[args.action]
    try:
        return action(args)
    except LookupError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
