# GENERATED FILE, do not edit. Made from data_schema/user_crisis_lines.schema.json by
#     python -m recovery_tui.store.schemas --generate
# (fastjsonschema 2.22.3, compile_to_code(schema, use_default=False)). Run that again after
# changing the schema; until then recover ignores this module and compiles the schema itself.
"""Validator for 'user_crisis_lines' records, generated from data_schema/user_crisis_lines.schema.json."""

SCHEMA_SHA256 = '63264ec3e0911e8f81c9c2afa4922ead5b6c791a6cb4d44f34f6198f734d594e'
SCHEMA_BYTES = b'{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$id": "https://recover.local/data_schema/user_crisis_lines.schema.json",\n  "title": "your crisis line",\n  "description": "A crisis line the person added themselves (`recover crisis add`); shown before the shipped lines of the same country in `recover sos`. At least one of phone or text is set (checked by recover when adding).",\n  "type": "object",\n  "properties": {\n    "id": {"type": "string", "minLength": 1, "maxLength": 64},\n    "country": {"type": "string", "pattern": "^[A-Z]{2}$"},\n    "name": {"type": "string", "minLength": 1, "maxLength": 80},\n    "phone": {"type": ["string", "null"], "maxLength": 60},\n    "text": {"type": ["string", "null"], "maxLength": 60},\n    "hours": {"type": "string", "minLength": 1, "maxLength": 80},\n    "note": {"type": ["string", "null"], "maxLength": 500},\n    "created_at": {"type": "string", "format": "date-time"},\n    "updated_at": {"type": "string", "format": "date-time"}\n  },\n  "required": ["id", "country", "name", "phone", "text", "hours", "note", "created_at", "updated_at"],\n  "additionalProperties": false\n}\n'

VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[A-Z]{2}$': re.compile('^[A-Z]{2}\\Z'),
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z')
}

NoneType = type(None)

def validate_https___recover_local_data_schema_user_crisis_lines_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/user_crisis_lines.schema.json', 'title': 'your crisis line', 'description': 'A crisis line the person added themselves (`recover crisis add`); shown before the shipped lines of the same country in `recover sos`. At least one of phone or text is set (checked by recover when adding).', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'country': {'type': 'string', 'pattern': '^[A-Z]{2}$'}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 80}, 'phone': {'type': ['string', 'null'], 'maxLength': 60}, 'text': {'type': ['string', 'null'], 'maxLength': 60}, 'hours': {'type': 'string', 'minLength': 1, 'maxLength': 80}, 'note': {'type': ['string', 'null'], 'maxLength': 500}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'country', 'name', 'phone', 'text', 'hours', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'country', 'name', 'phone', 'text', 'hours', 'note', 'created_at', 'updated_at']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/user_crisis_lines.schema.json', 'title': 'your crisis line', 'description': 'A crisis line the person added themselves (`recover crisis add`); shown before the shipped lines of the same country in `recover sos`. At least one of phone or text is set (checked by recover when adding).', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'country': {'type': 'string', 'pattern': '^[A-Z]{2}$'}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 80}, 'phone': {'type': ['string', 'null'], 'maxLength': 60}, 'text': {'type': ['string', 'null'], 'maxLength': 60}, 'hours': {'type': 'string', 'minLength': 1, 'maxLength': 80}, 'note': {'type': ['string', 'null'], 'maxLength': 500}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'country', 'name', 'phone', 'text', 'hours', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='required')
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
        if "country" in data_keys:
            data_keys.remove("country")
            data__country = data["country"]
            if not isinstance(data__country, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".country must be string", value=data__country, name="" + (name_prefix or "data") + ".country", definition={'type': 'string', 'pattern': '^[A-Z]{2}$'}, rule='type')
            if isinstance(data__country, str):
                if not REGEX_PATTERNS['^[A-Z]{2}$'].search(data__country):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".country must match pattern ^[A-Z]{2}$", value=data__country, name="" + (name_prefix or "data") + ".country", definition={'type': 'string', 'pattern': '^[A-Z]{2}$'}, rule='pattern')
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1, 'maxLength': 80}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1, 'maxLength': 80}, rule='minLength')
                if data__name_len > 80:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be shorter than or equal to 80 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1, 'maxLength': 80}, rule='maxLength')
        if "phone" in data_keys:
            data_keys.remove("phone")
            data__phone = data["phone"]
            if not isinstance(data__phone, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".phone must be string or null", value=data__phone, name="" + (name_prefix or "data") + ".phone", definition={'type': ['string', 'null'], 'maxLength': 60}, rule='type')
            if isinstance(data__phone, str):
                data__phone_len = len(data__phone)
                if data__phone_len > 60:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".phone must be shorter than or equal to 60 characters", value=data__phone, name="" + (name_prefix or "data") + ".phone", definition={'type': ['string', 'null'], 'maxLength': 60}, rule='maxLength')
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be string or null", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': ['string', 'null'], 'maxLength': 60}, rule='type')
            if isinstance(data__text, str):
                data__text_len = len(data__text)
                if data__text_len > 60:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be shorter than or equal to 60 characters", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': ['string', 'null'], 'maxLength': 60}, rule='maxLength')
        if "hours" in data_keys:
            data_keys.remove("hours")
            data__hours = data["hours"]
            if not isinstance(data__hours, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".hours must be string", value=data__hours, name="" + (name_prefix or "data") + ".hours", definition={'type': 'string', 'minLength': 1, 'maxLength': 80}, rule='type')
            if isinstance(data__hours, str):
                data__hours_len = len(data__hours)
                if data__hours_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".hours must be longer than or equal to 1 characters", value=data__hours, name="" + (name_prefix or "data") + ".hours", definition={'type': 'string', 'minLength': 1, 'maxLength': 80}, rule='minLength')
                if data__hours_len > 80:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".hours must be shorter than or equal to 80 characters", value=data__hours, name="" + (name_prefix or "data") + ".hours", definition={'type': 'string', 'minLength': 1, 'maxLength': 80}, rule='maxLength')
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            if not isinstance(data__note, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be string or null", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': ['string', 'null'], 'maxLength': 500}, rule='type')
            if isinstance(data__note, str):
                data__note_len = len(data__note)
                if data__note_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be shorter than or equal to 500 characters", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': ['string', 'null'], 'maxLength': 500}, rule='maxLength')
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
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/user_crisis_lines.schema.json', 'title': 'your crisis line', 'description': 'A crisis line the person added themselves (`recover crisis add`); shown before the shipped lines of the same country in `recover sos`. At least one of phone or text is set (checked by recover when adding).', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'country': {'type': 'string', 'pattern': '^[A-Z]{2}$'}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 80}, 'phone': {'type': ['string', 'null'], 'maxLength': 60}, 'text': {'type': ['string', 'null'], 'maxLength': 60}, 'hours': {'type': 'string', 'minLength': 1, 'maxLength': 80}, 'note': {'type': ['string', 'null'], 'maxLength': 500}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'country', 'name', 'phone', 'text', 'hours', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='additionalProperties')
    return data


validate = validate_https___recover_local_data_schema_user_crisis_lines_schema_json
