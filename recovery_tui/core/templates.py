"""Journal templates: the built-in ones (daily review, HALT, SMART CBA, ABCDE) and user ones.

A template is plain text the editor opens with. Saving a template back untouched counts as
an empty entry, so no comment syntax is needed and Markdown headings stay usable.
"""

from __future__ import annotations

import re
from typing import Annotated

import msgspec
from msgspec import UNSET, UnsetType

from recovery_tui import messages
from recovery_tui.core.records import CreatedAt, RecordId, UpdatedAt, same_name
from recovery_tui.errors import InvalidInput

NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,29}$")
TITLE_MAX = 80
BODY_MAX = 20000


class Template(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A journal template the person added (`recover journal template add`). Built-in templates
    (daily, halt, cba, abcde) are not stored; a user template may not reuse their names."""

    # The built-ins (BUILTIN below) are Templates with id "": they exist only in memory.
    id: RecordId = ""
    name: Annotated[
        str,
        msgspec.Meta(
            pattern=NAME_PATTERN.pattern,
            description="Its short name (`--template NAME`): lowercase letters, digits, - or _.",
        ),
    ]
    title: Annotated[str, msgspec.Meta(min_length=1, max_length=TITLE_MAX, description="A longer title for lists.")]
    body: Annotated[str, msgspec.Meta(min_length=1, max_length=BODY_MAX, description="The text the editor opens with.")]
    created_at: CreatedAt | UnsetType = UNSET
    updated_at: UpdatedAt | UnsetType = UNSET

    def __post_init__(self) -> None:
        """What msgspec cannot check: Python's `$` in the name's pattern also matches before a
        final newline, which JSON Schema's does not (and the schema's validators refused)."""
        if self.name.endswith("\n"):
            raise ValueError("Expected `str` matching regex " + repr(NAME_PATTERN.pattern) + " - at `$.name`")

    @property
    def builtin(self) -> bool:
        """A built-in template (never stored, so without an id)."""
        return not self.id


BUILTIN: tuple[Template, ...] = (
    Template(
        name="daily",
        title="Daily review",
        body="Daily review\n\nWhat went well today:\n- \n\nWhat was hard:\n- \n\nMy plan for tomorrow:\n- \n",
    ),
    Template(
        name="halt",
        title="HALT check",
        body="HALT check\n\n"
        "Hungry? (when did I last eat, what would help):\n\n"
        "Angry? (at whom or what, what is underneath it):\n\n"
        "Lonely? (who could I reach out to):\n\n"
        "Tired? (how did I sleep, can I rest):\n\n"
        "What I will do about it now:\n",
    ),
    Template(
        name="cba",
        title="SMART cost-benefit analysis",
        body="Cost-benefit analysis (SMART Recovery)\n\n"
        "Benefits of using:\n- \n\n"
        "Costs of using:\n- \n\n"
        "Benefits of not using:\n- \n\n"
        "Costs of not using:\n- \n\n"
        "What stands out:\n",
    ),
    Template(
        name="abcde",
        title="ABCDE",
        body="ABCDE\n\n"
        "A - Activating event (what happened):\n\n"
        "B - Beliefs (what I told myself about it):\n\n"
        "C - Consequences (how I felt and what I did):\n\n"
        "D - Dispute (is that belief true, helpful, what is the evidence):\n\n"
        "E - Effective new belief (a more helpful way to see it):\n",
    ),
)
BUILTIN_NAMES = tuple(t.name for t in BUILTIN)


def clean_name(name: str) -> str:
    """Validate a user template's name: lowercase letters, digits, '-' or '_', up to 30."""
    cleaned = name.strip().lower()
    if not NAME_PATTERN.match(cleaned):
        raise InvalidInput("name", messages.TEMPLATE_NAME)
    if cleaned in BUILTIN_NAMES:
        raise InvalidInput("name", messages.builtin_template_name(cleaned))
    return cleaned


def clean_body(body: str) -> str:
    """Validate a template's text: not empty, at most 20,000 characters."""
    if not body.strip():
        raise InvalidInput("body", messages.empty("the template"))
    if len(body) > BODY_MAX:
        raise InvalidInput("body", messages.too_long(BODY_MAX, "a template", grouped=True))
    return body.rstrip() + "\n"


def clean_title(title: str | None, name: str) -> str:
    """A template title: trimmed, at most 80 characters; defaults to the name."""
    cleaned = " ".join((title or "").split()) or name
    if len(cleaned) > TITLE_MAX:
        raise InvalidInput("title", messages.too_long(TITLE_MAX))
    return cleaned


def resolve(name: str, user: list[Template]) -> Template:
    """The template called `name` among the built-in and user templates.

    Raises:
        InvalidInput: unknown name; the message lists the known ones.
    """
    wanted = name.strip().lower()
    twins = [t for t in user if t.name == wanted]
    if len(twins) > 1:
        ids = [t.id or "" for t in twins]
        raise same_name("template", wanted, ids, "recover journal template remove {id}")
    for template in (*BUILTIN, *user):
        if template.name == wanted:
            return template
    by_id = [t for t in user if t.id and len(wanted) >= 4 and t.id.startswith(wanted)]
    if len(by_id) == 1:
        return by_id[0]
    known = ", ".join([*BUILTIN_NAMES, *sorted(t.name for t in user)])
    raise InvalidInput("template", f"no template called '{name}'; known templates: {known}.")


def untouched(text: str, template: Template | None) -> bool:
    """True when `text` is empty or just the template as it was opened."""
    stripped = text.strip()
    if not stripped:
        return True
    return template is not None and _squash(stripped) == _squash(template.body)


def _squash(text: str) -> str:
    return " ".join(text.replace("-", " ").split())
