# GENERATED FILE, do not edit. Made from data_schema/journal_templates.schema.json by
#     python -m recovery_tui.store.schemas --generate
# (fastjsonschema 2.22.3, compile_to_code(schema, use_default=False)). Run that again after
# changing the schema; until then recover ignores this module and compiles the schema itself.
"""Validator for 'journal_templates' records, generated from data_schema/journal_templates.schema.json."""

SCHEMA_SHA256 = '4cc4aa4a407c6bb76d68481d5bd9719499346d30b99a5e84719db9cdec1685c7'
SCHEMA_BYTES = b'{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$id": "https://recover.local/data_schema/journal_templates.schema.json",\n  "title": "journal template",\n  "description": "A journal template the person added (`recover journal template add`). Built-in templates (daily, halt, cba, abcde) are not stored; a user template may not reuse their names.",\n  "type": "object",\n  "properties": {\n    "id": {"type": "string", "minLength": 1, "maxLength": 64},\n    "name": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,29}$"},\n    "title": {"type": "string", "minLength": 1, "maxLength": 80},\n    "body": {"type": "string", "minLength": 1, "maxLength": 20000},\n    "created_at": {"type": "string", "format": "date-time"},\n    "updated_at": {"type": "string", "format": "date-time"}\n  },\n  "required": ["id", "name", "title", "body", "created_at", "updated_at"],\n  "additionalProperties": false\n}\n'

VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[a-z0-9][a-z0-9_-]{0,29}$': re.compile('^[a-z0-9][a-z0-9_-]{0,29}\\Z'),
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z')
}

NoneType = type(None)

def validate_https___recover_local_data_schema_journal_templates_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/journal_templates.schema.json', 'title': 'journal template', 'description': 'A journal template the person added (`recover journal template add`). Built-in templates (daily, halt, cba, abcde) are not stored; a user template may not reuse their names.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9_-]{0,29}$'}, 'title': {'type': 'string', 'minLength': 1, 'maxLength': 80}, 'body': {'type': 'string', 'minLength': 1, 'maxLength': 20000}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'name', 'title', 'body', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name', 'title', 'body', 'created_at', 'updated_at']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/journal_templates.schema.json', 'title': 'journal template', 'description': 'A journal template the person added (`recover journal template add`). Built-in templates (daily, halt, cba, abcde) are not stored; a user template may not reuse their names.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9_-]{0,29}$'}, 'title': {'type': 'string', 'minLength': 1, 'maxLength': 80}, 'body': {'type': 'string', 'minLength': 1, 'maxLength': 20000}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'name', 'title', 'body', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='required')
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
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'pattern': '^[a-z0-9][a-z0-9_-]{0,29}$'}, rule='type')
            if isinstance(data__name, str):
                if not REGEX_PATTERNS['^[a-z0-9][a-z0-9_-]{0,29}$'].search(data__name):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must match pattern ^[a-z0-9][a-z0-9_-]{0,29}$", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'pattern': '^[a-z0-9][a-z0-9_-]{0,29}$'}, rule='pattern')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1, 'maxLength': 80}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1, 'maxLength': 80}, rule='minLength')
                if data__title_len > 80:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be shorter than or equal to 80 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1, 'maxLength': 80}, rule='maxLength')
        if "body" in data_keys:
            data_keys.remove("body")
            data__body = data["body"]
            if not isinstance(data__body, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".body must be string", value=data__body, name="" + (name_prefix or "data") + ".body", definition={'type': 'string', 'minLength': 1, 'maxLength': 20000}, rule='type')
            if isinstance(data__body, str):
                data__body_len = len(data__body)
                if data__body_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".body must be longer than or equal to 1 characters", value=data__body, name="" + (name_prefix or "data") + ".body", definition={'type': 'string', 'minLength': 1, 'maxLength': 20000}, rule='minLength')
                if data__body_len > 20000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".body must be shorter than or equal to 20000 characters", value=data__body, name="" + (name_prefix or "data") + ".body", definition={'type': 'string', 'minLength': 1, 'maxLength': 20000}, rule='maxLength')
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
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/journal_templates.schema.json', 'title': 'journal template', 'description': 'A journal template the person added (`recover journal template add`). Built-in templates (daily, halt, cba, abcde) are not stored; a user template may not reuse their names.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9_-]{0,29}$'}, 'title': {'type': 'string', 'minLength': 1, 'maxLength': 80}, 'body': {'type': 'string', 'minLength': 1, 'maxLength': 20000}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'name', 'title', 'body', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='additionalProperties')
    return data


validate = validate_https___recover_local_data_schema_journal_templates_schema_json
