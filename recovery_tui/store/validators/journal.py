# GENERATED FILE, do not edit. Made from data_schema/journal.schema.json by
#     python -m recovery_tui.store.schemas --generate
# (fastjsonschema 2.22.3, compile_to_code(schema, use_default=False)). Run that again after
# changing the schema; until then recover ignores this module and compiles the schema itself.
"""Validator for 'journal' records, generated from data_schema/journal.schema.json."""

SCHEMA_SHA256 = '3177ac16dcd94b5bf04361d9d58e2c015a73588e7399637d046a71e2b56e58df'
SCHEMA_BYTES = b'{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$id": "https://recover.local/data_schema/journal.schema.json",\n  "title": "journal entry",\n  "description": "One journal entry: free text written from the command line, stdin, $EDITOR or the dashboard, optionally from a template. `sensitive` entries are shown collapsed (a content warning) in lists and on the dashboard until opened.",\n  "type": "object",\n  "properties": {\n    "id": {"type": "string", "minLength": 1, "maxLength": 64},\n    "at": {"type": "string", "format": "date-time"},\n    "text": {"type": "string", "minLength": 1, "maxLength": 100000},\n    "tags": {\n      "type": "array",\n      "items": {"type": "string", "minLength": 1, "maxLength": 40},\n      "uniqueItems": true\n    },\n    "sensitive": {"type": "boolean"},\n    "template": {"type": ["string", "null"], "maxLength": 40},\n    "created_at": {"type": "string", "format": "date-time"},\n    "updated_at": {"type": "string", "format": "date-time"}\n  },\n  "required": ["id", "at", "text", "tags", "sensitive", "template", "created_at", "updated_at"],\n  "additionalProperties": false\n}\n'

VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z')
}

NoneType = type(None)

def validate_https___recover_local_data_schema_journal_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/journal.schema.json', 'title': 'journal entry', 'description': 'One journal entry: free text written from the command line, stdin, $EDITOR or the dashboard, optionally from a template. `sensitive` entries are shown collapsed (a content warning) in lists and on the dashboard until opened.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'at': {'type': 'string', 'format': 'date-time'}, 'text': {'type': 'string', 'minLength': 1, 'maxLength': 100000}, 'tags': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 40}, 'uniqueItems': True}, 'sensitive': {'type': 'boolean'}, 'template': {'type': ['string', 'null'], 'maxLength': 40}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'at', 'text', 'tags', 'sensitive', 'template', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'at', 'text', 'tags', 'sensitive', 'template', 'created_at', 'updated_at']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/journal.schema.json', 'title': 'journal entry', 'description': 'One journal entry: free text written from the command line, stdin, $EDITOR or the dashboard, optionally from a template. `sensitive` entries are shown collapsed (a content warning) in lists and on the dashboard until opened.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'at': {'type': 'string', 'format': 'date-time'}, 'text': {'type': 'string', 'minLength': 1, 'maxLength': 100000}, 'tags': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 40}, 'uniqueItems': True}, 'sensitive': {'type': 'boolean'}, 'template': {'type': ['string', 'null'], 'maxLength': 40}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'at', 'text', 'tags', 'sensitive', 'template', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='required')
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
        if "at" in data_keys:
            data_keys.remove("at")
            data__at = data["at"]
            if not isinstance(data__at, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".at must be string", value=data__at, name="" + (name_prefix or "data") + ".at", definition={'type': 'string', 'format': 'date-time'}, rule='type')
            if isinstance(data__at, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__at):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".at must be date-time", value=data__at, name="" + (name_prefix or "data") + ".at", definition={'type': 'string', 'format': 'date-time'}, rule='format')
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be string", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string', 'minLength': 1, 'maxLength': 100000}, rule='type')
            if isinstance(data__text, str):
                data__text_len = len(data__text)
                if data__text_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be longer than or equal to 1 characters", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string', 'minLength': 1, 'maxLength': 100000}, rule='minLength')
                if data__text_len > 100000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be shorter than or equal to 100000 characters", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string', 'minLength': 1, 'maxLength': 100000}, rule='maxLength')
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            if not isinstance(data__tags, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags must be array", value=data__tags, name="" + (name_prefix or "data") + ".tags", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 40}, 'uniqueItems': True}, rule='type')
            data__tags_is_list = isinstance(data__tags, (list, tuple))
            if data__tags_is_list:
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__tags_len = len(data__tags)
                if data__tags_len > len(set(fn(data__tags_x) for data__tags_x in data__tags)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags must contain unique items", value=data__tags, name="" + (name_prefix or "data") + ".tags", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 40}, 'uniqueItems': True}, rule='uniqueItems')
                for data__tags_x, data__tags_item in enumerate(data__tags):
                    if not isinstance(data__tags_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags[{data__tags_x}]".format(**locals()) + " must be string", value=data__tags_item, name="" + (name_prefix or "data") + ".tags[{data__tags_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 40}, rule='type')
                    if isinstance(data__tags_item, str):
                        data__tags_item_len = len(data__tags_item)
                        if data__tags_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags[{data__tags_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__tags_item, name="" + (name_prefix or "data") + ".tags[{data__tags_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 40}, rule='minLength')
                        if data__tags_item_len > 40:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags[{data__tags_x}]".format(**locals()) + " must be shorter than or equal to 40 characters", value=data__tags_item, name="" + (name_prefix or "data") + ".tags[{data__tags_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 40}, rule='maxLength')
        if "sensitive" in data_keys:
            data_keys.remove("sensitive")
            data__sensitive = data["sensitive"]
            if not isinstance(data__sensitive, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sensitive must be boolean", value=data__sensitive, name="" + (name_prefix or "data") + ".sensitive", definition={'type': 'boolean'}, rule='type')
        if "template" in data_keys:
            data_keys.remove("template")
            data__template = data["template"]
            if not isinstance(data__template, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".template must be string or null", value=data__template, name="" + (name_prefix or "data") + ".template", definition={'type': ['string', 'null'], 'maxLength': 40}, rule='type')
            if isinstance(data__template, str):
                data__template_len = len(data__template)
                if data__template_len > 40:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".template must be shorter than or equal to 40 characters", value=data__template, name="" + (name_prefix or "data") + ".template", definition={'type': ['string', 'null'], 'maxLength': 40}, rule='maxLength')
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
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/journal.schema.json', 'title': 'journal entry', 'description': 'One journal entry: free text written from the command line, stdin, $EDITOR or the dashboard, optionally from a template. `sensitive` entries are shown collapsed (a content warning) in lists and on the dashboard until opened.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'at': {'type': 'string', 'format': 'date-time'}, 'text': {'type': 'string', 'minLength': 1, 'maxLength': 100000}, 'tags': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 40}, 'uniqueItems': True}, 'sensitive': {'type': 'boolean'}, 'template': {'type': ['string', 'null'], 'maxLength': 40}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'at', 'text', 'tags', 'sensitive', 'template', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='additionalProperties')
    return data


validate = validate_https___recover_local_data_schema_journal_schema_json
