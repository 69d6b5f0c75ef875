# GENERATED FILE, do not edit. Made from data_schema/counters.schema.json by
#     python -m recovery_tui.store.schemas --generate
# (fastjsonschema 2.22.3, compile_to_code(schema, use_default=False)). Run that again after
# changing the schema; until then recover ignores this module and compiles the schema itself.
"""Validator for 'counters' records, generated from data_schema/counters.schema.json."""

SCHEMA_SHA256 = 'cb4f7e456cd85d5e6e652e738d224c5c5026bd17e9e1003c405f9052d6a2236a'
SCHEMA_BYTES = b'{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$id": "https://recover.local/data_schema/counters.schema.json",\n  "title": "counter",\n  "description": "A sobriety counter for one addiction or habit. All figures (current and longest streak, totals) are derived from `events`, the history of starts and relapses; nothing derived is stored. Each event has a stable id (events merge by id); `edits` logs every correction of the history (since data version 2).",\n  "type": "object",\n  "properties": {\n    "id": {"type": "string", "minLength": 1, "maxLength": 64},\n    "name": {"type": "string", "minLength": 1, "maxLength": 60},\n    "events": {\n      "type": "array",\n      "minItems": 1,\n      "items": {\n        "type": "object",\n        "properties": {\n          "id": {"type": "string", "minLength": 1, "maxLength": 64},\n          "kind": {"enum": ["start", "relapse"]},\n          "at": {"type": "string", "format": "date-time"},\n          "note": {"type": ["string", "null"], "maxLength": 2000}\n        },\n        "required": ["id", "kind", "at", "note"],\n        "additionalProperties": false\n      }\n    },\n    "edits": {\n      "description": "Corrections of the history, oldest first: when, what was done (edit, remove, undo) to which event, and the event before and after (after is null for a removal).",\n      "type": "array",\n      "items": {\n        "type": "object",\n        "properties": {\n          "at": {"type": "string", "format": "date-time"},\n          "action": {"enum": ["edit", "remove", "undo"]},\n          "event": {"type": "string", "minLength": 1, "maxLength": 64},\n          "kind": {"enum": ["start", "relapse"]},\n          "before": {"type": "object", "properties": {"at": {"type": "string", "format": "date-time"}, "note": {"type": ["string", "null"], "maxLength": 2000}}, "required": ["at", "note"], "additionalProperties": false},\n          "after": {"type": ["object", "null"], "properties": {"at": {"type": "string", "format": "date-time"}, "note": {"type": ["string", "null"], "maxLength": 2000}}, "required": ["at", "note"], "additionalProperties": false}\n        },\n        "required": ["at", "action", "event", "kind", "before", "after"],\n        "additionalProperties": false\n      }\n    },\n    "archived": {"type": "boolean"},\n    "cost_per_day": {"type": ["number", "null"], "minimum": 0},\n    "hours_per_day": {"type": ["number", "null"], "minimum": 0, "maximum": 24},\n    "custom_milestones": {\n      "type": "array",\n      "items": {\n        "type": "object",\n        "properties": {\n          "label": {"type": "string", "minLength": 1, "maxLength": 60},\n          "days": {"type": "integer", "minimum": 1}\n        },\n        "required": ["label", "days"],\n        "additionalProperties": false\n      }\n    },\n    "created_at": {"type": "string", "format": "date-time"},\n    "updated_at": {"type": "string", "format": "date-time"}\n  },\n  "required": ["id", "name", "events", "archived", "cost_per_day", "hours_per_day", "custom_milestones", "edits", "created_at", "updated_at"],\n  "additionalProperties": false\n}\n'

VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z')
}

NoneType = type(None)

def validate_https___recover_local_data_schema_counters_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/counters.schema.json', 'title': 'counter', 'description': 'A sobriety counter for one addiction or habit. All figures (current and longest streak, totals) are derived from `events`, the history of starts and relapses; nothing derived is stored. Each event has a stable id (events merge by id); `edits` logs every correction of the history (since data version 2).', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'events': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['start', 'relapse']}, 'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['id', 'kind', 'at', 'note'], 'additionalProperties': False}}, 'edits': {'description': 'Corrections of the history, oldest first: when, what was done (edit, remove, undo) to which event, and the event before and after (after is null for a removal).', 'type': 'array', 'items': {'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'action': {'enum': ['edit', 'remove', 'undo']}, 'event': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['start', 'relapse']}, 'before': {'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}, 'after': {'type': ['object', 'null'], 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}}, 'required': ['at', 'action', 'event', 'kind', 'before', 'after'], 'additionalProperties': False}}, 'archived': {'type': 'boolean'}, 'cost_per_day': {'type': ['number', 'null'], 'minimum': 0}, 'hours_per_day': {'type': ['number', 'null'], 'minimum': 0, 'maximum': 24}, 'custom_milestones': {'type': 'array', 'items': {'type': 'object', 'properties': {'label': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'days': {'type': 'integer', 'minimum': 1}}, 'required': ['label', 'days'], 'additionalProperties': False}}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'name', 'events', 'archived', 'cost_per_day', 'hours_per_day', 'custom_milestones', 'edits', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name', 'events', 'archived', 'cost_per_day', 'hours_per_day', 'custom_milestones', 'edits', 'created_at', 'updated_at']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/counters.schema.json', 'title': 'counter', 'description': 'A sobriety counter for one addiction or habit. All figures (current and longest streak, totals) are derived from `events`, the history of starts and relapses; nothing derived is stored. Each event has a stable id (events merge by id); `edits` logs every correction of the history (since data version 2).', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'events': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['start', 'relapse']}, 'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['id', 'kind', 'at', 'note'], 'additionalProperties': False}}, 'edits': {'description': 'Corrections of the history, oldest first: when, what was done (edit, remove, undo) to which event, and the event before and after (after is null for a removal).', 'type': 'array', 'items': {'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'action': {'enum': ['edit', 'remove', 'undo']}, 'event': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['start', 'relapse']}, 'before': {'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}, 'after': {'type': ['object', 'null'], 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}}, 'required': ['at', 'action', 'event', 'kind', 'before', 'after'], 'additionalProperties': False}}, 'archived': {'type': 'boolean'}, 'cost_per_day': {'type': ['number', 'null'], 'minimum': 0}, 'hours_per_day': {'type': ['number', 'null'], 'minimum': 0, 'maximum': 24}, 'custom_milestones': {'type': 'array', 'items': {'type': 'object', 'properties': {'label': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'days': {'type': 'integer', 'minimum': 1}}, 'required': ['label', 'days'], 'additionalProperties': False}}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'name', 'events', 'archived', 'cost_per_day', 'hours_per_day', 'custom_milestones', 'edits', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'minLength': 1, 'maxLength': 64}, rule='type')
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be longer than or equal to 1 characters", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'minLength': 1, 'maxLength': 64}, rule='minLength')
                if data__id_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be shorter than or equal to 64 characters", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'minLength': 1, 'maxLength': 64}, rule='maxLength')
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1, 'maxLength': 60}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1, 'maxLength': 60}, rule='minLength')
                if data__name_len > 60:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be shorter than or equal to 60 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1, 'maxLength': 60}, rule='maxLength')
        if "events" in data_keys:
            data_keys.remove("events")
            data__events = data["events"]
            if not isinstance(data__events, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".events must be array", value=data__events, name="" + (name_prefix or "data") + ".events", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['start', 'relapse']}, 'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['id', 'kind', 'at', 'note'], 'additionalProperties': False}}, rule='type')
            data__events_is_list = isinstance(data__events, (list, tuple))
            if data__events_is_list:
                data__events_len = len(data__events)
                if data__events_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".events must contain at least 1 items", value=data__events, name="" + (name_prefix or "data") + ".events", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['start', 'relapse']}, 'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['id', 'kind', 'at', 'note'], 'additionalProperties': False}}, rule='minItems')
                for data__events_x, data__events_item in enumerate(data__events):
                    if not isinstance(data__events_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".events[{data__events_x}]".format(**locals()) + " must be object", value=data__events_item, name="" + (name_prefix or "data") + ".events[{data__events_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['start', 'relapse']}, 'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['id', 'kind', 'at', 'note'], 'additionalProperties': False}, rule='type')
                    data__events_item_is_dict = isinstance(data__events_item, dict)
                    if data__events_item_is_dict:
                        data__events_item__missing_keys = set(['id', 'kind', 'at', 'note']) - data__events_item.keys()
                        if data__events_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".events[{data__events_x}]".format(**locals()) + " must contain " + (str(sorted(data__events_item__missing_keys)) + " properties"), value=data__events_item, name="" + (name_prefix or "data") + ".events[{data__events_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['start', 'relapse']}, 'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['id', 'kind', 'at', 'note'], 'additionalProperties': False}, rule='required')
                        data__events_item_keys = set(data__events_item.keys())
                        if "id" in data__events_item_keys:
                            data__events_item_keys.remove("id")
                            data__events_item__id = data__events_item["id"]
                            if not isinstance(data__events_item__id, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".events[{data__events_x}].id".format(**locals()) + " must be string", value=data__events_item__id, name="" + (name_prefix or "data") + ".events[{data__events_x}].id".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 64}, rule='type')
                            if isinstance(data__events_item__id, str):
                                data__events_item__id_len = len(data__events_item__id)
                                if data__events_item__id_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".events[{data__events_x}].id".format(**locals()) + " must be longer than or equal to 1 characters", value=data__events_item__id, name="" + (name_prefix or "data") + ".events[{data__events_x}].id".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 64}, rule='minLength')
                                if data__events_item__id_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".events[{data__events_x}].id".format(**locals()) + " must be shorter than or equal to 64 characters", value=data__events_item__id, name="" + (name_prefix or "data") + ".events[{data__events_x}].id".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 64}, rule='maxLength')
                        if "kind" in data__events_item_keys:
                            data__events_item_keys.remove("kind")
                            data__events_item__kind = data__events_item["kind"]
                            if not (isinstance(data__events_item__kind, str) and data__events_item__kind == 'start' or isinstance(data__events_item__kind, str) and data__events_item__kind == 'relapse'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".events[{data__events_x}].kind".format(**locals()) + " must be one of ['start', 'relapse']", value=data__events_item__kind, name="" + (name_prefix or "data") + ".events[{data__events_x}].kind".format(**locals()) + "", definition={'enum': ['start', 'relapse']}, rule='enum')
                        if "at" in data__events_item_keys:
                            data__events_item_keys.remove("at")
                            data__events_item__at = data__events_item["at"]
                            if not isinstance(data__events_item__at, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".events[{data__events_x}].at".format(**locals()) + " must be string", value=data__events_item__at, name="" + (name_prefix or "data") + ".events[{data__events_x}].at".format(**locals()) + "", definition={'type': 'string', 'format': 'date-time'}, rule='type')
                            if isinstance(data__events_item__at, str):
                                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__events_item__at):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".events[{data__events_x}].at".format(**locals()) + " must be date-time", value=data__events_item__at, name="" + (name_prefix or "data") + ".events[{data__events_x}].at".format(**locals()) + "", definition={'type': 'string', 'format': 'date-time'}, rule='format')
                        if "note" in data__events_item_keys:
                            data__events_item_keys.remove("note")
                            data__events_item__note = data__events_item["note"]
                            if not isinstance(data__events_item__note, (str, NoneType)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".events[{data__events_x}].note".format(**locals()) + " must be string or null", value=data__events_item__note, name="" + (name_prefix or "data") + ".events[{data__events_x}].note".format(**locals()) + "", definition={'type': ['string', 'null'], 'maxLength': 2000}, rule='type')
                            if isinstance(data__events_item__note, str):
                                data__events_item__note_len = len(data__events_item__note)
                                if data__events_item__note_len > 2000:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".events[{data__events_x}].note".format(**locals()) + " must be shorter than or equal to 2000 characters", value=data__events_item__note, name="" + (name_prefix or "data") + ".events[{data__events_x}].note".format(**locals()) + "", definition={'type': ['string', 'null'], 'maxLength': 2000}, rule='maxLength')
                        if data__events_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".events[{data__events_x}]".format(**locals()) + " must not contain "+str(data__events_item_keys)+" properties", value=data__events_item, name="" + (name_prefix or "data") + ".events[{data__events_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['start', 'relapse']}, 'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['id', 'kind', 'at', 'note'], 'additionalProperties': False}, rule='additionalProperties')
        if "edits" in data_keys:
            data_keys.remove("edits")
            data__edits = data["edits"]
            if not isinstance(data__edits, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits must be array", value=data__edits, name="" + (name_prefix or "data") + ".edits", definition={'description': 'Corrections of the history, oldest first: when, what was done (edit, remove, undo) to which event, and the event before and after (after is null for a removal).', 'type': 'array', 'items': {'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'action': {'enum': ['edit', 'remove', 'undo']}, 'event': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['start', 'relapse']}, 'before': {'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}, 'after': {'type': ['object', 'null'], 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}}, 'required': ['at', 'action', 'event', 'kind', 'before', 'after'], 'additionalProperties': False}}, rule='type')
            data__edits_is_list = isinstance(data__edits, (list, tuple))
            if data__edits_is_list:
                data__edits_len = len(data__edits)
                for data__edits_x, data__edits_item in enumerate(data__edits):
                    if not isinstance(data__edits_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}]".format(**locals()) + " must be object", value=data__edits_item, name="" + (name_prefix or "data") + ".edits[{data__edits_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'action': {'enum': ['edit', 'remove', 'undo']}, 'event': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['start', 'relapse']}, 'before': {'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}, 'after': {'type': ['object', 'null'], 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}}, 'required': ['at', 'action', 'event', 'kind', 'before', 'after'], 'additionalProperties': False}, rule='type')
                    data__edits_item_is_dict = isinstance(data__edits_item, dict)
                    if data__edits_item_is_dict:
                        data__edits_item__missing_keys = set(['at', 'action', 'event', 'kind', 'before', 'after']) - data__edits_item.keys()
                        if data__edits_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}]".format(**locals()) + " must contain " + (str(sorted(data__edits_item__missing_keys)) + " properties"), value=data__edits_item, name="" + (name_prefix or "data") + ".edits[{data__edits_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'action': {'enum': ['edit', 'remove', 'undo']}, 'event': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['start', 'relapse']}, 'before': {'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}, 'after': {'type': ['object', 'null'], 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}}, 'required': ['at', 'action', 'event', 'kind', 'before', 'after'], 'additionalProperties': False}, rule='required')
                        data__edits_item_keys = set(data__edits_item.keys())
                        if "at" in data__edits_item_keys:
                            data__edits_item_keys.remove("at")
                            data__edits_item__at = data__edits_item["at"]
                            if not isinstance(data__edits_item__at, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].at".format(**locals()) + " must be string", value=data__edits_item__at, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].at".format(**locals()) + "", definition={'type': 'string', 'format': 'date-time'}, rule='type')
                            if isinstance(data__edits_item__at, str):
                                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__edits_item__at):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].at".format(**locals()) + " must be date-time", value=data__edits_item__at, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].at".format(**locals()) + "", definition={'type': 'string', 'format': 'date-time'}, rule='format')
                        if "action" in data__edits_item_keys:
                            data__edits_item_keys.remove("action")
                            data__edits_item__action = data__edits_item["action"]
                            if not (isinstance(data__edits_item__action, str) and data__edits_item__action == 'edit' or isinstance(data__edits_item__action, str) and data__edits_item__action == 'remove' or isinstance(data__edits_item__action, str) and data__edits_item__action == 'undo'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].action".format(**locals()) + " must be one of ['edit', 'remove', 'undo']", value=data__edits_item__action, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].action".format(**locals()) + "", definition={'enum': ['edit', 'remove', 'undo']}, rule='enum')
                        if "event" in data__edits_item_keys:
                            data__edits_item_keys.remove("event")
                            data__edits_item__event = data__edits_item["event"]
                            if not isinstance(data__edits_item__event, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].event".format(**locals()) + " must be string", value=data__edits_item__event, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].event".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 64}, rule='type')
                            if isinstance(data__edits_item__event, str):
                                data__edits_item__event_len = len(data__edits_item__event)
                                if data__edits_item__event_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].event".format(**locals()) + " must be longer than or equal to 1 characters", value=data__edits_item__event, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].event".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 64}, rule='minLength')
                                if data__edits_item__event_len > 64:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].event".format(**locals()) + " must be shorter than or equal to 64 characters", value=data__edits_item__event, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].event".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 64}, rule='maxLength')
                        if "kind" in data__edits_item_keys:
                            data__edits_item_keys.remove("kind")
                            data__edits_item__kind = data__edits_item["kind"]
                            if not (isinstance(data__edits_item__kind, str) and data__edits_item__kind == 'start' or isinstance(data__edits_item__kind, str) and data__edits_item__kind == 'relapse'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].kind".format(**locals()) + " must be one of ['start', 'relapse']", value=data__edits_item__kind, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].kind".format(**locals()) + "", definition={'enum': ['start', 'relapse']}, rule='enum')
                        if "before" in data__edits_item_keys:
                            data__edits_item_keys.remove("before")
                            data__edits_item__before = data__edits_item["before"]
                            if not isinstance(data__edits_item__before, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].before".format(**locals()) + " must be object", value=data__edits_item__before, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].before".format(**locals()) + "", definition={'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}, rule='type')
                            data__edits_item__before_is_dict = isinstance(data__edits_item__before, dict)
                            if data__edits_item__before_is_dict:
                                data__edits_item__before__missing_keys = set(['at', 'note']) - data__edits_item__before.keys()
                                if data__edits_item__before__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].before".format(**locals()) + " must contain " + (str(sorted(data__edits_item__before__missing_keys)) + " properties"), value=data__edits_item__before, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].before".format(**locals()) + "", definition={'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}, rule='required')
                                data__edits_item__before_keys = set(data__edits_item__before.keys())
                                if "at" in data__edits_item__before_keys:
                                    data__edits_item__before_keys.remove("at")
                                    data__edits_item__before__at = data__edits_item__before["at"]
                                    if not isinstance(data__edits_item__before__at, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].before.at".format(**locals()) + " must be string", value=data__edits_item__before__at, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].before.at".format(**locals()) + "", definition={'type': 'string', 'format': 'date-time'}, rule='type')
                                    if isinstance(data__edits_item__before__at, str):
                                        if not REGEX_PATTERNS["date-time_re_pattern"].match(data__edits_item__before__at):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].before.at".format(**locals()) + " must be date-time", value=data__edits_item__before__at, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].before.at".format(**locals()) + "", definition={'type': 'string', 'format': 'date-time'}, rule='format')
                                if "note" in data__edits_item__before_keys:
                                    data__edits_item__before_keys.remove("note")
                                    data__edits_item__before__note = data__edits_item__before["note"]
                                    if not isinstance(data__edits_item__before__note, (str, NoneType)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].before.note".format(**locals()) + " must be string or null", value=data__edits_item__before__note, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].before.note".format(**locals()) + "", definition={'type': ['string', 'null'], 'maxLength': 2000}, rule='type')
                                    if isinstance(data__edits_item__before__note, str):
                                        data__edits_item__before__note_len = len(data__edits_item__before__note)
                                        if data__edits_item__before__note_len > 2000:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].before.note".format(**locals()) + " must be shorter than or equal to 2000 characters", value=data__edits_item__before__note, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].before.note".format(**locals()) + "", definition={'type': ['string', 'null'], 'maxLength': 2000}, rule='maxLength')
                                if data__edits_item__before_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].before".format(**locals()) + " must not contain "+str(data__edits_item__before_keys)+" properties", value=data__edits_item__before, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].before".format(**locals()) + "", definition={'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}, rule='additionalProperties')
                        if "after" in data__edits_item_keys:
                            data__edits_item_keys.remove("after")
                            data__edits_item__after = data__edits_item["after"]
                            if not isinstance(data__edits_item__after, (dict, NoneType)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].after".format(**locals()) + " must be object or null", value=data__edits_item__after, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].after".format(**locals()) + "", definition={'type': ['object', 'null'], 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}, rule='type')
                            data__edits_item__after_is_dict = isinstance(data__edits_item__after, dict)
                            if data__edits_item__after_is_dict:
                                data__edits_item__after__missing_keys = set(['at', 'note']) - data__edits_item__after.keys()
                                if data__edits_item__after__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].after".format(**locals()) + " must contain " + (str(sorted(data__edits_item__after__missing_keys)) + " properties"), value=data__edits_item__after, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].after".format(**locals()) + "", definition={'type': ['object', 'null'], 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}, rule='required')
                                data__edits_item__after_keys = set(data__edits_item__after.keys())
                                if "at" in data__edits_item__after_keys:
                                    data__edits_item__after_keys.remove("at")
                                    data__edits_item__after__at = data__edits_item__after["at"]
                                    if not isinstance(data__edits_item__after__at, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].after.at".format(**locals()) + " must be string", value=data__edits_item__after__at, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].after.at".format(**locals()) + "", definition={'type': 'string', 'format': 'date-time'}, rule='type')
                                    if isinstance(data__edits_item__after__at, str):
                                        if not REGEX_PATTERNS["date-time_re_pattern"].match(data__edits_item__after__at):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].after.at".format(**locals()) + " must be date-time", value=data__edits_item__after__at, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].after.at".format(**locals()) + "", definition={'type': 'string', 'format': 'date-time'}, rule='format')
                                if "note" in data__edits_item__after_keys:
                                    data__edits_item__after_keys.remove("note")
                                    data__edits_item__after__note = data__edits_item__after["note"]
                                    if not isinstance(data__edits_item__after__note, (str, NoneType)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].after.note".format(**locals()) + " must be string or null", value=data__edits_item__after__note, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].after.note".format(**locals()) + "", definition={'type': ['string', 'null'], 'maxLength': 2000}, rule='type')
                                    if isinstance(data__edits_item__after__note, str):
                                        data__edits_item__after__note_len = len(data__edits_item__after__note)
                                        if data__edits_item__after__note_len > 2000:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].after.note".format(**locals()) + " must be shorter than or equal to 2000 characters", value=data__edits_item__after__note, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].after.note".format(**locals()) + "", definition={'type': ['string', 'null'], 'maxLength': 2000}, rule='maxLength')
                                if data__edits_item__after_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}].after".format(**locals()) + " must not contain "+str(data__edits_item__after_keys)+" properties", value=data__edits_item__after, name="" + (name_prefix or "data") + ".edits[{data__edits_x}].after".format(**locals()) + "", definition={'type': ['object', 'null'], 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}, rule='additionalProperties')
                        if data__edits_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".edits[{data__edits_x}]".format(**locals()) + " must not contain "+str(data__edits_item_keys)+" properties", value=data__edits_item, name="" + (name_prefix or "data") + ".edits[{data__edits_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'action': {'enum': ['edit', 'remove', 'undo']}, 'event': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['start', 'relapse']}, 'before': {'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}, 'after': {'type': ['object', 'null'], 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}}, 'required': ['at', 'action', 'event', 'kind', 'before', 'after'], 'additionalProperties': False}, rule='additionalProperties')
        if "archived" in data_keys:
            data_keys.remove("archived")
            data__archived = data["archived"]
            if not isinstance(data__archived, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".archived must be boolean", value=data__archived, name="" + (name_prefix or "data") + ".archived", definition={'type': 'boolean'}, rule='type')
        if "cost_per_day" in data_keys:
            data_keys.remove("cost_per_day")
            data__costperday = data["cost_per_day"]
            if not isinstance(data__costperday, (int, float, Decimal, NoneType)) or isinstance(data__costperday, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost_per_day must be number or null", value=data__costperday, name="" + (name_prefix or "data") + ".cost_per_day", definition={'type': ['number', 'null'], 'minimum': 0}, rule='type')
            if isinstance(data__costperday, (int, float, Decimal)) and not isinstance(data__costperday, bool):
                if data__costperday < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost_per_day must be bigger than or equal to 0", value=data__costperday, name="" + (name_prefix or "data") + ".cost_per_day", definition={'type': ['number', 'null'], 'minimum': 0}, rule='minimum')
        if "hours_per_day" in data_keys:
            data_keys.remove("hours_per_day")
            data__hoursperday = data["hours_per_day"]
            if not isinstance(data__hoursperday, (int, float, Decimal, NoneType)) or isinstance(data__hoursperday, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".hours_per_day must be number or null", value=data__hoursperday, name="" + (name_prefix or "data") + ".hours_per_day", definition={'type': ['number', 'null'], 'minimum': 0, 'maximum': 24}, rule='type')
            if isinstance(data__hoursperday, (int, float, Decimal)) and not isinstance(data__hoursperday, bool):
                if data__hoursperday < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".hours_per_day must be bigger than or equal to 0", value=data__hoursperday, name="" + (name_prefix or "data") + ".hours_per_day", definition={'type': ['number', 'null'], 'minimum': 0, 'maximum': 24}, rule='minimum')
                if data__hoursperday > 24:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".hours_per_day must be smaller than or equal to 24", value=data__hoursperday, name="" + (name_prefix or "data") + ".hours_per_day", definition={'type': ['number', 'null'], 'minimum': 0, 'maximum': 24}, rule='maximum')
        if "custom_milestones" in data_keys:
            data_keys.remove("custom_milestones")
            data__custommilestones = data["custom_milestones"]
            if not isinstance(data__custommilestones, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom_milestones must be array", value=data__custommilestones, name="" + (name_prefix or "data") + ".custom_milestones", definition={'type': 'array', 'items': {'type': 'object', 'properties': {'label': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'days': {'type': 'integer', 'minimum': 1}}, 'required': ['label', 'days'], 'additionalProperties': False}}, rule='type')
            data__custommilestones_is_list = isinstance(data__custommilestones, (list, tuple))
            if data__custommilestones_is_list:
                data__custommilestones_len = len(data__custommilestones)
                for data__custommilestones_x, data__custommilestones_item in enumerate(data__custommilestones):
                    if not isinstance(data__custommilestones_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom_milestones[{data__custommilestones_x}]".format(**locals()) + " must be object", value=data__custommilestones_item, name="" + (name_prefix or "data") + ".custom_milestones[{data__custommilestones_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'label': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'days': {'type': 'integer', 'minimum': 1}}, 'required': ['label', 'days'], 'additionalProperties': False}, rule='type')
                    data__custommilestones_item_is_dict = isinstance(data__custommilestones_item, dict)
                    if data__custommilestones_item_is_dict:
                        data__custommilestones_item__missing_keys = set(['label', 'days']) - data__custommilestones_item.keys()
                        if data__custommilestones_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom_milestones[{data__custommilestones_x}]".format(**locals()) + " must contain " + (str(sorted(data__custommilestones_item__missing_keys)) + " properties"), value=data__custommilestones_item, name="" + (name_prefix or "data") + ".custom_milestones[{data__custommilestones_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'label': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'days': {'type': 'integer', 'minimum': 1}}, 'required': ['label', 'days'], 'additionalProperties': False}, rule='required')
                        data__custommilestones_item_keys = set(data__custommilestones_item.keys())
                        if "label" in data__custommilestones_item_keys:
                            data__custommilestones_item_keys.remove("label")
                            data__custommilestones_item__label = data__custommilestones_item["label"]
                            if not isinstance(data__custommilestones_item__label, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom_milestones[{data__custommilestones_x}].label".format(**locals()) + " must be string", value=data__custommilestones_item__label, name="" + (name_prefix or "data") + ".custom_milestones[{data__custommilestones_x}].label".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 60}, rule='type')
                            if isinstance(data__custommilestones_item__label, str):
                                data__custommilestones_item__label_len = len(data__custommilestones_item__label)
                                if data__custommilestones_item__label_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom_milestones[{data__custommilestones_x}].label".format(**locals()) + " must be longer than or equal to 1 characters", value=data__custommilestones_item__label, name="" + (name_prefix or "data") + ".custom_milestones[{data__custommilestones_x}].label".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 60}, rule='minLength')
                                if data__custommilestones_item__label_len > 60:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom_milestones[{data__custommilestones_x}].label".format(**locals()) + " must be shorter than or equal to 60 characters", value=data__custommilestones_item__label, name="" + (name_prefix or "data") + ".custom_milestones[{data__custommilestones_x}].label".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 60}, rule='maxLength')
                        if "days" in data__custommilestones_item_keys:
                            data__custommilestones_item_keys.remove("days")
                            data__custommilestones_item__days = data__custommilestones_item["days"]
                            if not isinstance(data__custommilestones_item__days, (int)) and not (isinstance(data__custommilestones_item__days, float) and data__custommilestones_item__days.is_integer()) or isinstance(data__custommilestones_item__days, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom_milestones[{data__custommilestones_x}].days".format(**locals()) + " must be integer", value=data__custommilestones_item__days, name="" + (name_prefix or "data") + ".custom_milestones[{data__custommilestones_x}].days".format(**locals()) + "", definition={'type': 'integer', 'minimum': 1}, rule='type')
                            if isinstance(data__custommilestones_item__days, (int, float, Decimal)) and not isinstance(data__custommilestones_item__days, bool):
                                if data__custommilestones_item__days < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom_milestones[{data__custommilestones_x}].days".format(**locals()) + " must be bigger than or equal to 1", value=data__custommilestones_item__days, name="" + (name_prefix or "data") + ".custom_milestones[{data__custommilestones_x}].days".format(**locals()) + "", definition={'type': 'integer', 'minimum': 1}, rule='minimum')
                        if data__custommilestones_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".custom_milestones[{data__custommilestones_x}]".format(**locals()) + " must not contain "+str(data__custommilestones_item_keys)+" properties", value=data__custommilestones_item, name="" + (name_prefix or "data") + ".custom_milestones[{data__custommilestones_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'label': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'days': {'type': 'integer', 'minimum': 1}}, 'required': ['label', 'days'], 'additionalProperties': False}, rule='additionalProperties')
        if "created_at" in data_keys:
            data_keys.remove("created_at")
            data__createdat = data["created_at"]
            if not isinstance(data__createdat, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".created_at must be string", value=data__createdat, name="" + (name_prefix or "data") + ".created_at", definition={'type': 'string', 'format': 'date-time'}, rule='type')
            if isinstance(data__createdat, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__createdat):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".created_at must be date-time", value=data__createdat, name="" + (name_prefix or "data") + ".created_at", definition={'type': 'string', 'format': 'date-time'}, rule='format')
        if "updated_at" in data_keys:
            data_keys.remove("updated_at")
            data__updatedat = data["updated_at"]
            if not isinstance(data__updatedat, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".updated_at must be string", value=data__updatedat, name="" + (name_prefix or "data") + ".updated_at", definition={'type': 'string', 'format': 'date-time'}, rule='type')
            if isinstance(data__updatedat, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__updatedat):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".updated_at must be date-time", value=data__updatedat, name="" + (name_prefix or "data") + ".updated_at", definition={'type': 'string', 'format': 'date-time'}, rule='format')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/counters.schema.json', 'title': 'counter', 'description': 'A sobriety counter for one addiction or habit. All figures (current and longest streak, totals) are derived from `events`, the history of starts and relapses; nothing derived is stored. Each event has a stable id (events merge by id); `edits` logs every correction of the history (since data version 2).', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'events': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['start', 'relapse']}, 'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['id', 'kind', 'at', 'note'], 'additionalProperties': False}}, 'edits': {'description': 'Corrections of the history, oldest first: when, what was done (edit, remove, undo) to which event, and the event before and after (after is null for a removal).', 'type': 'array', 'items': {'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'action': {'enum': ['edit', 'remove', 'undo']}, 'event': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'kind': {'enum': ['start', 'relapse']}, 'before': {'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}, 'after': {'type': ['object', 'null'], 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'note'], 'additionalProperties': False}}, 'required': ['at', 'action', 'event', 'kind', 'before', 'after'], 'additionalProperties': False}}, 'archived': {'type': 'boolean'}, 'cost_per_day': {'type': ['number', 'null'], 'minimum': 0}, 'hours_per_day': {'type': ['number', 'null'], 'minimum': 0, 'maximum': 24}, 'custom_milestones': {'type': 'array', 'items': {'type': 'object', 'properties': {'label': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'days': {'type': 'integer', 'minimum': 1}}, 'required': ['label', 'days'], 'additionalProperties': False}}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'name', 'events', 'archived', 'cost_per_day', 'hours_per_day', 'custom_milestones', 'edits', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='additionalProperties')
    return data


validate = validate_https___recover_local_data_schema_counters_schema_json
