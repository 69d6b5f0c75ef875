# GENERATED FILE, do not edit. Made from data_schema/skills.schema.json by
#     python -m recovery_tui.store.schemas --generate
# (fastjsonschema 2.22.3, compile_to_code(schema, use_default=False)). Run that again after
# changing the schema; until then recover ignores this module and compiles the schema itself.
"""Validator for 'skills' records, generated from data_schema/skills.schema.json."""

SCHEMA_SHA256 = '9719db2723d707147aaaa7fc5cb773f1e195c4c6efe3d3b4047989e01b7e6591'
SCHEMA_BYTES = b'{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$id": "https://recover.local/data_schema/skills.schema.json",\n  "title": "skill",\n  "description": "A custom 10-minute skill (builtin false: name, minutes, steps, optional breathing pattern), or a built-in skill the person hid (builtin true, hidden true; its steps live in the program).",\n  "type": "object",\n  "properties": {\n    "id": {"type": "string", "minLength": 1, "maxLength": 64},\n    "name": {"type": "string", "minLength": 1, "maxLength": 60},\n    "builtin": {"type": "boolean"},\n    "hidden": {"type": "boolean"},\n    "minutes": {"type": ["integer", "null"], "minimum": 1, "maximum": 60},\n    "steps": {\n      "type": "array",\n      "items": {"type": "string", "minLength": 1, "maxLength": 300},\n      "maxItems": 12\n    },\n    "breath": {\n      "description": "Seconds of each phase: in, hold, out, hold after out (0 = no such phase); null for skills without a breathing pattern.",\n      "type": ["array", "null"],\n      "items": {"type": "integer", "minimum": 0, "maximum": 20},\n      "minItems": 4,\n      "maxItems": 4\n    },\n    "note": {"type": ["string", "null"], "maxLength": 500},\n    "created_at": {"type": "string", "format": "date-time"},\n    "updated_at": {"type": "string", "format": "date-time"}\n  },\n  "required": ["id", "name", "builtin", "hidden", "minutes", "steps", "breath", "note", "created_at", "updated_at"],\n  "additionalProperties": false\n}\n'

VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z')
}

NoneType = type(None)

def validate_https___recover_local_data_schema_skills_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/skills.schema.json', 'title': 'skill', 'description': 'A custom 10-minute skill (builtin false: name, minutes, steps, optional breathing pattern), or a built-in skill the person hid (builtin true, hidden true; its steps live in the program).', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'builtin': {'type': 'boolean'}, 'hidden': {'type': 'boolean'}, 'minutes': {'type': ['integer', 'null'], 'minimum': 1, 'maximum': 60}, 'steps': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 300}, 'maxItems': 12}, 'breath': {'description': 'Seconds of each phase: in, hold, out, hold after out (0 = no such phase); null for skills without a breathing pattern.', 'type': ['array', 'null'], 'items': {'type': 'integer', 'minimum': 0, 'maximum': 20}, 'minItems': 4, 'maxItems': 4}, 'note': {'type': ['string', 'null'], 'maxLength': 500}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'name', 'builtin', 'hidden', 'minutes', 'steps', 'breath', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name', 'builtin', 'hidden', 'minutes', 'steps', 'breath', 'note', 'created_at', 'updated_at']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/skills.schema.json', 'title': 'skill', 'description': 'A custom 10-minute skill (builtin false: name, minutes, steps, optional breathing pattern), or a built-in skill the person hid (builtin true, hidden true; its steps live in the program).', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'builtin': {'type': 'boolean'}, 'hidden': {'type': 'boolean'}, 'minutes': {'type': ['integer', 'null'], 'minimum': 1, 'maximum': 60}, 'steps': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 300}, 'maxItems': 12}, 'breath': {'description': 'Seconds of each phase: in, hold, out, hold after out (0 = no such phase); null for skills without a breathing pattern.', 'type': ['array', 'null'], 'items': {'type': 'integer', 'minimum': 0, 'maximum': 20}, 'minItems': 4, 'maxItems': 4}, 'note': {'type': ['string', 'null'], 'maxLength': 500}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'name', 'builtin', 'hidden', 'minutes', 'steps', 'breath', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='required')
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
        if "builtin" in data_keys:
            data_keys.remove("builtin")
            data__builtin = data["builtin"]
            if not isinstance(data__builtin, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".builtin must be boolean", value=data__builtin, name="" + (name_prefix or "data") + ".builtin", definition={'type': 'boolean'}, rule='type')
        if "hidden" in data_keys:
            data_keys.remove("hidden")
            data__hidden = data["hidden"]
            if not isinstance(data__hidden, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".hidden must be boolean", value=data__hidden, name="" + (name_prefix or "data") + ".hidden", definition={'type': 'boolean'}, rule='type')
        if "minutes" in data_keys:
            data_keys.remove("minutes")
            data__minutes = data["minutes"]
            if not isinstance(data__minutes, (int, NoneType)) and not (isinstance(data__minutes, float) and data__minutes.is_integer()) or isinstance(data__minutes, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".minutes must be integer or null", value=data__minutes, name="" + (name_prefix or "data") + ".minutes", definition={'type': ['integer', 'null'], 'minimum': 1, 'maximum': 60}, rule='type')
            if isinstance(data__minutes, (int, float, Decimal)) and not isinstance(data__minutes, bool):
                if data__minutes < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".minutes must be bigger than or equal to 1", value=data__minutes, name="" + (name_prefix or "data") + ".minutes", definition={'type': ['integer', 'null'], 'minimum': 1, 'maximum': 60}, rule='minimum')
                if data__minutes > 60:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".minutes must be smaller than or equal to 60", value=data__minutes, name="" + (name_prefix or "data") + ".minutes", definition={'type': ['integer', 'null'], 'minimum': 1, 'maximum': 60}, rule='maximum')
        if "steps" in data_keys:
            data_keys.remove("steps")
            data__steps = data["steps"]
            if not isinstance(data__steps, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".steps must be array", value=data__steps, name="" + (name_prefix or "data") + ".steps", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 300}, 'maxItems': 12}, rule='type')
            data__steps_is_list = isinstance(data__steps, (list, tuple))
            if data__steps_is_list:
                data__steps_len = len(data__steps)
                if data__steps_len > 12:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".steps must contain less than or equal to 12 items", value=data__steps, name="" + (name_prefix or "data") + ".steps", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 300}, 'maxItems': 12}, rule='maxItems')
                for data__steps_x, data__steps_item in enumerate(data__steps):
                    if not isinstance(data__steps_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".steps[{data__steps_x}]".format(**locals()) + " must be string", value=data__steps_item, name="" + (name_prefix or "data") + ".steps[{data__steps_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 300}, rule='type')
                    if isinstance(data__steps_item, str):
                        data__steps_item_len = len(data__steps_item)
                        if data__steps_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".steps[{data__steps_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__steps_item, name="" + (name_prefix or "data") + ".steps[{data__steps_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 300}, rule='minLength')
                        if data__steps_item_len > 300:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".steps[{data__steps_x}]".format(**locals()) + " must be shorter than or equal to 300 characters", value=data__steps_item, name="" + (name_prefix or "data") + ".steps[{data__steps_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 300}, rule='maxLength')
        if "breath" in data_keys:
            data_keys.remove("breath")
            data__breath = data["breath"]
            if not isinstance(data__breath, (list, tuple, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".breath must be array or null", value=data__breath, name="" + (name_prefix or "data") + ".breath", definition={'description': 'Seconds of each phase: in, hold, out, hold after out (0 = no such phase); null for skills without a breathing pattern.', 'type': ['array', 'null'], 'items': {'type': 'integer', 'minimum': 0, 'maximum': 20}, 'minItems': 4, 'maxItems': 4}, rule='type')
            data__breath_is_list = isinstance(data__breath, (list, tuple))
            if data__breath_is_list:
                data__breath_len = len(data__breath)
                if data__breath_len < 4:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".breath must contain at least 4 items", value=data__breath, name="" + (name_prefix or "data") + ".breath", definition={'description': 'Seconds of each phase: in, hold, out, hold after out (0 = no such phase); null for skills without a breathing pattern.', 'type': ['array', 'null'], 'items': {'type': 'integer', 'minimum': 0, 'maximum': 20}, 'minItems': 4, 'maxItems': 4}, rule='minItems')
                if data__breath_len > 4:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".breath must contain less than or equal to 4 items", value=data__breath, name="" + (name_prefix or "data") + ".breath", definition={'description': 'Seconds of each phase: in, hold, out, hold after out (0 = no such phase); null for skills without a breathing pattern.', 'type': ['array', 'null'], 'items': {'type': 'integer', 'minimum': 0, 'maximum': 20}, 'minItems': 4, 'maxItems': 4}, rule='maxItems')
                for data__breath_x, data__breath_item in enumerate(data__breath):
                    if not isinstance(data__breath_item, (int)) and not (isinstance(data__breath_item, float) and data__breath_item.is_integer()) or isinstance(data__breath_item, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".breath[{data__breath_x}]".format(**locals()) + " must be integer", value=data__breath_item, name="" + (name_prefix or "data") + ".breath[{data__breath_x}]".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0, 'maximum': 20}, rule='type')
                    if isinstance(data__breath_item, (int, float, Decimal)) and not isinstance(data__breath_item, bool):
                        if data__breath_item < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".breath[{data__breath_x}]".format(**locals()) + " must be bigger than or equal to 0", value=data__breath_item, name="" + (name_prefix or "data") + ".breath[{data__breath_x}]".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0, 'maximum': 20}, rule='minimum')
                        if data__breath_item > 20:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".breath[{data__breath_x}]".format(**locals()) + " must be smaller than or equal to 20", value=data__breath_item, name="" + (name_prefix or "data") + ".breath[{data__breath_x}]".format(**locals()) + "", definition={'type': 'integer', 'minimum': 0, 'maximum': 20}, rule='maximum')
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
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/skills.schema.json', 'title': 'skill', 'description': 'A custom 10-minute skill (builtin false: name, minutes, steps, optional breathing pattern), or a built-in skill the person hid (builtin true, hidden true; its steps live in the program).', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'builtin': {'type': 'boolean'}, 'hidden': {'type': 'boolean'}, 'minutes': {'type': ['integer', 'null'], 'minimum': 1, 'maximum': 60}, 'steps': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 300}, 'maxItems': 12}, 'breath': {'description': 'Seconds of each phase: in, hold, out, hold after out (0 = no such phase); null for skills without a breathing pattern.', 'type': ['array', 'null'], 'items': {'type': 'integer', 'minimum': 0, 'maximum': 20}, 'minItems': 4, 'maxItems': 4}, 'note': {'type': ['string', 'null'], 'maxLength': 500}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'name', 'builtin', 'hidden', 'minutes', 'steps', 'breath', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='additionalProperties')
    return data


validate = validate_https___recover_local_data_schema_skills_schema_json
