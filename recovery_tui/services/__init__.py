"""Application services: the operations both the CLI and the dashboard call (store + core).

One module per feature, and one set of verbs across them, so a caller can guess a name:

- `list_X(store, ...)`: every record of a kind, in the order people see them (filters are
  keyword arguments): `list_triggers(store, since=...)`.
- `find_X(store, text)`: one record from what a person types: a name (case-insensitive; some
  also take a unique start of a name or a chain position) for kinds that have names, an id
  or unique id prefix (4+ characters) for kinds that have ids. Raises NotFound, or
  InvalidInput when a name is shared. A whole id is a prefix too, so the dashboard passes the
  id it holds.
- `get_X(store, record_id)`: reserved for a lookup by exact id only (as `Store.get` is next to
  `Store.find`); none is needed yet.
- `add_X` creates, `edit_X` changes fields, `remove_X` takes a record out (and returns it, or
  the counter it was part of, so the caller can say what went). Where the domain has its own
  word the service uses it, as the CLI command does: `log_trigger`, `log_meeting`,
  `save_checkin`, `record_relapse`, `claim_reward`.

These are Python names only: the CLI's command names (`recover trigger delete`, `recover aid
remove`) are what people type and stay as they are.
"""
