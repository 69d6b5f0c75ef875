"""Help-request services: save a composed request, list and find them, record follow-ups.

Table `help_requests` (data_schema/help_requests.schema.json). Follow-ups are a list inside
each request record rather than a table of their own: they are always read with their request,
and one record update (under the store's lock) keeps a request and its follow-ups consistent.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from recovery_tui.core.help_requests import (
    Composed,
    Draft,
    FollowUp,
    HelpRequest,
    check_draft,
    check_format,
    clean_followup,
    compose,
    split_edited,
    with_followup,
)
from recovery_tui.core.records import from_record, from_records, to_fields
from recovery_tui.errors import NotFound
from recovery_tui.store import Store

TABLE = "help_requests"


def add_help_request(
    store: Store,
    draft: Draft,
    *,
    fmt: str,
    now: datetime,
    text: str | None = None,
    followups: Sequence[FollowUp] = (),
) -> HelpRequest:
    """Check the draft, compose it in `fmt` and save it.

    Args:
        store: the data file.
        draft: the three steps as typed (checked and cleaned here).
        fmt: forum, text or chat.
        now: the time it is saved (its created_at).
        text: the message as the person edited it; None keeps the composed message.
        followups: follow-ups to save with it at once (used by demo data and imports).

    Returns:
        The saved request.
    """
    clean = check_draft(draft)
    fmt = check_format(fmt)
    composed = compose(clean, fmt)
    message: Composed = composed
    edited = False
    if text is not None and text.strip() != composed.text.strip():
        message = split_edited(text, fmt)
        edited = True
    request = HelpRequest.of(clean, fmt, message, edited=edited, followups=tuple(followups))
    return from_record(HelpRequest, store.insert(TABLE, to_fields(request), now=now))


def list_help_requests(store: Store) -> list[HelpRequest]:
    """Every saved request, newest first."""
    requests = from_records(HelpRequest, store.all(TABLE))
    requests.sort(key=lambda r: (r.created_at or datetime.min, r.id), reverse=True)
    return requests


def find_help_request(store: Store, id_prefix: str) -> HelpRequest:
    """A request by id or unique id prefix (4+ characters), as `recover ask list` shows them.

    Raises:
        NotFound: no such request, or the prefix matches several.
    """
    try:
        record = store.find(TABLE, id_prefix)
    except NotFound as err:
        if "matches" in str(err):
            raise
        raise NotFound(f"No help request has the id '{id_prefix}' (see 'recover ask list').") from None
    return from_record(HelpRequest, record)


def add_followup(
    store: Store,
    id_prefix: str,
    *,
    helpful: str | bool,
    from_name: str | None = None,
    note: str | None = None,
    now: datetime,
    at: datetime | None = None,
) -> HelpRequest:
    """Record who answered a request and whether it helped.

    Args:
        helpful: yes/no text or a bool.
        at: when the answer came (default: now).

    Returns:
        The request with the new follow-up last.
    """
    followup = clean_followup(helpful, from_name, note, at or now)
    with store.transaction():
        request = find_help_request(store, id_prefix)
        updated = with_followup(request, followup)
        record = store.update(TABLE, request.id, {"followups": to_fields(updated)["followups"]}, now=now)
    return from_record(HelpRequest, record)
