# GENERATED FILE, do not edit. Made from data_schema/meetings.schema.json by
#     python -m recovery_tui.store.schemas --generate
# (fastjsonschema 2.22.3, compile_to_code(schema, use_default=False)). Run that again after
# changing the schema; until then recover ignores this module and compiles the schema itself.
"""Validator for 'meetings' records, generated from data_schema/meetings.schema.json."""

SCHEMA_SHA256 = 'a07538d5552b3b0bd51417c64502701387f23b822dfcdac6ea57d4b0c295e259'
SCHEMA_BYTES = b'{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$id": "https://recover.local/data_schema/meetings.schema.json",\n  "title": "meeting",\n  "description": "One peer-group meeting attended (AA, NA, SMART Recovery, ...), online or in person, with the small roles taken in it. Points and weekly goal progress are derived from these records; nothing derived is stored.",\n  "type": "object",\n  "properties": {\n    "id": {"type": "string", "minLength": 1, "maxLength": 64},\n    "name": {"description": "The meeting\'s name as the person calls it, e.g. \'Tuesday step group\'.", "type": ["string", "null"], "maxLength": 80},\n    "at": {"type": "string", "format": "date-time"},\n    "format": {"enum": ["online", "in-person"]},\n    "fellowship": {"description": "AA, NA, SMART, CA, ... or any other group\'s name.", "type": ["string", "null"], "maxLength": 40},\n    "roles": {\n      "description": "Roles taken: greeter, shared, buddy and chair are helper roles; listened is attending quietly.",\n      "type": "array",\n      "items": {"enum": ["greeter", "shared", "buddy", "chair", "listened"]},\n      "uniqueItems": true\n    },\n    "note": {"type": ["string", "null"], "maxLength": 2000},\n    "created_at": {"type": "string", "format": "date-time"},\n    "updated_at": {"type": "string", "format": "date-time"}\n  },\n  "required": ["id", "name", "at", "format", "fellowship", "roles", "note", "created_at", "updated_at"],\n  "additionalProperties": false\n}\n'

VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z')
}

NoneType = type(None)

def validate_https___recover_local_data_schema_meetings_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/meetings.schema.json', 'title': 'meeting', 'description': 'One peer-group meeting attended (AA, NA, SMART Recovery, ...), online or in person, with the small roles taken in it. Points and weekly goal progress are derived from these records; nothing derived is stored.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'description': "The meeting's name as the person calls it, e.g. 'Tuesday step group'.", 'type': ['string', 'null'], 'maxLength': 80}, 'at': {'type': 'string', 'format': 'date-time'}, 'format': {'enum': ['online', 'in-person']}, 'fellowship': {'description': "AA, NA, SMART, CA, ... or any other group's name.", 'type': ['string', 'null'], 'maxLength': 40}, 'roles': {'description': 'Roles taken: greeter, shared, buddy and chair are helper roles; listened is attending quietly.', 'type': 'array', 'items': {'enum': ['greeter', 'shared', 'buddy', 'chair', 'listened']}, 'uniqueItems': True}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'name', 'at', 'format', 'fellowship', 'roles', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name', 'at', 'format', 'fellowship', 'roles', 'note', 'created_at', 'updated_at']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/meetings.schema.json', 'title': 'meeting', 'description': 'One peer-group meeting attended (AA, NA, SMART Recovery, ...), online or in person, with the small roles taken in it. Points and weekly goal progress are derived from these records; nothing derived is stored.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'description': "The meeting's name as the person calls it, e.g. 'Tuesday step group'.", 'type': ['string', 'null'], 'maxLength': 80}, 'at': {'type': 'string', 'format': 'date-time'}, 'format': {'enum': ['online', 'in-person']}, 'fellowship': {'description': "AA, NA, SMART, CA, ... or any other group's name.", 'type': ['string', 'null'], 'maxLength': 40}, 'roles': {'description': 'Roles taken: greeter, shared, buddy and chair are helper roles; listened is attending quietly.', 'type': 'array', 'items': {'enum': ['greeter', 'shared', 'buddy', 'chair', 'listened']}, 'uniqueItems': True}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'name', 'at', 'format', 'fellowship', 'roles', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='required')
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
            if not isinstance(data__name, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string or null", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'description': "The meeting's name as the person calls it, e.g. 'Tuesday step group'.", 'type': ['string', 'null'], 'maxLength': 80}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len > 80:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be shorter than or equal to 80 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'description': "The meeting's name as the person calls it, e.g. 'Tuesday step group'.", 'type': ['string', 'null'], 'maxLength': 80}, rule='maxLength')
        if "at" in data_keys:
            data_keys.remove("at")
            data__at = data["at"]
            if not isinstance(data__at, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".at must be string", value=data__at, name="" + (name_prefix or "data") + ".at", definition={'type': 'string', 'format': 'date-time'}, rule='type')
            if isinstance(data__at, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__at):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".at must be date-time", value=data__at, name="" + (name_prefix or "data") + ".at", definition={'type': 'string', 'format': 'date-time'}, rule='format')
        if "format" in data_keys:
            data_keys.remove("format")
            data__format = data["format"]
            if not (isinstance(data__format, str) and data__format == 'online' or isinstance(data__format, str) and data__format == 'in-person'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".format must be one of ['online', 'in-person']", value=data__format, name="" + (name_prefix or "data") + ".format", definition={'enum': ['online', 'in-person']}, rule='enum')
        if "fellowship" in data_keys:
            data_keys.remove("fellowship")
            data__fellowship = data["fellowship"]
            if not isinstance(data__fellowship, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".fellowship must be string or null", value=data__fellowship, name="" + (name_prefix or "data") + ".fellowship", definition={'description': "AA, NA, SMART, CA, ... or any other group's name.", 'type': ['string', 'null'], 'maxLength': 40}, rule='type')
            if isinstance(data__fellowship, str):
                data__fellowship_len = len(data__fellowship)
                if data__fellowship_len > 40:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".fellowship must be shorter than or equal to 40 characters", value=data__fellowship, name="" + (name_prefix or "data") + ".fellowship", definition={'description': "AA, NA, SMART, CA, ... or any other group's name.", 'type': ['string', 'null'], 'maxLength': 40}, rule='maxLength')
        if "roles" in data_keys:
            data_keys.remove("roles")
            data__roles = data["roles"]
            if not isinstance(data__roles, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roles must be array", value=data__roles, name="" + (name_prefix or "data") + ".roles", definition={'description': 'Roles taken: greeter, shared, buddy and chair are helper roles; listened is attending quietly.', 'type': 'array', 'items': {'enum': ['greeter', 'shared', 'buddy', 'chair', 'listened']}, 'uniqueItems': True}, rule='type')
            data__roles_is_list = isinstance(data__roles, (list, tuple))
            if data__roles_is_list:
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__roles_len = len(data__roles)
                if data__roles_len > len(set(fn(data__roles_x) for data__roles_x in data__roles)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".roles must contain unique items", value=data__roles, name="" + (name_prefix or "data") + ".roles", definition={'description': 'Roles taken: greeter, shared, buddy and chair are helper roles; listened is attending quietly.', 'type': 'array', 'items': {'enum': ['greeter', 'shared', 'buddy', 'chair', 'listened']}, 'uniqueItems': True}, rule='uniqueItems')
                for data__roles_x, data__roles_item in enumerate(data__roles):
                    if not (isinstance(data__roles_item, str) and data__roles_item == 'greeter' or isinstance(data__roles_item, str) and data__roles_item == 'shared' or isinstance(data__roles_item, str) and data__roles_item == 'buddy' or isinstance(data__roles_item, str) and data__roles_item == 'chair' or isinstance(data__roles_item, str) and data__roles_item == 'listened'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".roles[{data__roles_x}]".format(**locals()) + " must be one of ['greeter', 'shared', 'buddy', 'chair', 'listened']", value=data__roles_item, name="" + (name_prefix or "data") + ".roles[{data__roles_x}]".format(**locals()) + "", definition={'enum': ['greeter', 'shared', 'buddy', 'chair', 'listened']}, rule='enum')
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            if not isinstance(data__note, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be string or null", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': ['string', 'null'], 'maxLength': 2000}, rule='type')
            if isinstance(data__note, str):
                data__note_len = len(data__note)
                if data__note_len > 2000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be shorter than or equal to 2000 characters", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': ['string', 'null'], 'maxLength': 2000}, rule='maxLength')
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
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/meetings.schema.json', 'title': 'meeting', 'description': 'One peer-group meeting attended (AA, NA, SMART Recovery, ...), online or in person, with the small roles taken in it. Points and weekly goal progress are derived from these records; nothing derived is stored.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'description': "The meeting's name as the person calls it, e.g. 'Tuesday step group'.", 'type': ['string', 'null'], 'maxLength': 80}, 'at': {'type': 'string', 'format': 'date-time'}, 'format': {'enum': ['online', 'in-person']}, 'fellowship': {'description': "AA, NA, SMART, CA, ... or any other group's name.", 'type': ['string', 'null'], 'maxLength': 40}, 'roles': {'description': 'Roles taken: greeter, shared, buddy and chair are helper roles; listened is attending quietly.', 'type': 'array', 'items': {'enum': ['greeter', 'shared', 'buddy', 'chair', 'listened']}, 'uniqueItems': True}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'name', 'at', 'format', 'fellowship', 'roles', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='additionalProperties')
    return data


validate = validate_https___recover_local_data_schema_meetings_schema_json
