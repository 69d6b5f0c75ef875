# GENERATED FILE, do not edit. Made from data_schema/contacts.schema.json by
#     python -m recovery_tui.store.schemas --generate
# (fastjsonschema 2.22.3, compile_to_code(schema, use_default=False)). Run that again after
# changing the schema; until then recover ignores this module and compiles the schema itself.
"""Validator for 'contacts' records, generated from data_schema/contacts.schema.json."""

SCHEMA_SHA256 = '5e11c69b5a85d696dd8602cd636d833189b79ef58514398ce790790b381f10fa'
SCHEMA_BYTES = b'{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$id": "https://recover.local/data_schema/contacts.schema.json",\n  "title": "contact",\n  "description": "One link of the 24/7 contact chain (relapse resilience kit): who, how to reach them, their role, when they can be reached and their place in the chain. `reachable` is \'24/7\' or weekday hours such as \'mon-fri 09:00-17:00; sat 10:00-14:00\'; a range whose end is not after its start crosses midnight (\'fri 22:00-02:00\'). `position` 1 is called first.",\n  "type": "object",\n  "properties": {\n    "id": {"type": "string", "minLength": 1, "maxLength": 64},\n    "name": {"type": "string", "minLength": 1, "maxLength": 60},\n    "reach": {"type": "string", "minLength": 1, "maxLength": 200},\n    "role": {"enum": ["sponsor", "peer", "therapist", "hotline", "family"]},\n    "reachable": {"type": "string", "minLength": 1, "maxLength": 500},\n    "position": {"type": "integer", "minimum": 1},\n    "note": {"type": ["string", "null"], "maxLength": 500},\n    "created_at": {"type": "string", "format": "date-time"},\n    "updated_at": {"type": "string", "format": "date-time"}\n  },\n  "required": ["id", "name", "reach", "role", "reachable", "position", "note", "created_at", "updated_at"],\n  "additionalProperties": false\n}\n'

VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z')
}

NoneType = type(None)

def validate_https___recover_local_data_schema_contacts_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/contacts.schema.json', 'title': 'contact', 'description': "One link of the 24/7 contact chain (relapse resilience kit): who, how to reach them, their role, when they can be reached and their place in the chain. `reachable` is '24/7' or weekday hours such as 'mon-fri 09:00-17:00; sat 10:00-14:00'; a range whose end is not after its start crosses midnight ('fri 22:00-02:00'). `position` 1 is called first.", 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'reach': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'role': {'enum': ['sponsor', 'peer', 'therapist', 'hotline', 'family']}, 'reachable': {'type': 'string', 'minLength': 1, 'maxLength': 500}, 'position': {'type': 'integer', 'minimum': 1}, 'note': {'type': ['string', 'null'], 'maxLength': 500}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'name', 'reach', 'role', 'reachable', 'position', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name', 'reach', 'role', 'reachable', 'position', 'note', 'created_at', 'updated_at']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/contacts.schema.json', 'title': 'contact', 'description': "One link of the 24/7 contact chain (relapse resilience kit): who, how to reach them, their role, when they can be reached and their place in the chain. `reachable` is '24/7' or weekday hours such as 'mon-fri 09:00-17:00; sat 10:00-14:00'; a range whose end is not after its start crosses midnight ('fri 22:00-02:00'). `position` 1 is called first.", 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'reach': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'role': {'enum': ['sponsor', 'peer', 'therapist', 'hotline', 'family']}, 'reachable': {'type': 'string', 'minLength': 1, 'maxLength': 500}, 'position': {'type': 'integer', 'minimum': 1}, 'note': {'type': ['string', 'null'], 'maxLength': 500}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'name', 'reach', 'role', 'reachable', 'position', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='required')
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
        if "reach" in data_keys:
            data_keys.remove("reach")
            data__reach = data["reach"]
            if not isinstance(data__reach, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reach must be string", value=data__reach, name="" + (name_prefix or "data") + ".reach", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='type')
            if isinstance(data__reach, str):
                data__reach_len = len(data__reach)
                if data__reach_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reach must be longer than or equal to 1 characters", value=data__reach, name="" + (name_prefix or "data") + ".reach", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='minLength')
                if data__reach_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reach must be shorter than or equal to 200 characters", value=data__reach, name="" + (name_prefix or "data") + ".reach", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='maxLength')
        if "role" in data_keys:
            data_keys.remove("role")
            data__role = data["role"]
            if not (isinstance(data__role, str) and data__role == 'sponsor' or isinstance(data__role, str) and data__role == 'peer' or isinstance(data__role, str) and data__role == 'therapist' or isinstance(data__role, str) and data__role == 'hotline' or isinstance(data__role, str) and data__role == 'family'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".role must be one of ['sponsor', 'peer', 'therapist', 'hotline', 'family']", value=data__role, name="" + (name_prefix or "data") + ".role", definition={'enum': ['sponsor', 'peer', 'therapist', 'hotline', 'family']}, rule='enum')
        if "reachable" in data_keys:
            data_keys.remove("reachable")
            data__reachable = data["reachable"]
            if not isinstance(data__reachable, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reachable must be string", value=data__reachable, name="" + (name_prefix or "data") + ".reachable", definition={'type': 'string', 'minLength': 1, 'maxLength': 500}, rule='type')
            if isinstance(data__reachable, str):
                data__reachable_len = len(data__reachable)
                if data__reachable_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reachable must be longer than or equal to 1 characters", value=data__reachable, name="" + (name_prefix or "data") + ".reachable", definition={'type': 'string', 'minLength': 1, 'maxLength': 500}, rule='minLength')
                if data__reachable_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reachable must be shorter than or equal to 500 characters", value=data__reachable, name="" + (name_prefix or "data") + ".reachable", definition={'type': 'string', 'minLength': 1, 'maxLength': 500}, rule='maxLength')
        if "position" in data_keys:
            data_keys.remove("position")
            data__position = data["position"]
            if not isinstance(data__position, (int)) and not (isinstance(data__position, float) and data__position.is_integer()) or isinstance(data__position, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".position must be integer", value=data__position, name="" + (name_prefix or "data") + ".position", definition={'type': 'integer', 'minimum': 1}, rule='type')
            if isinstance(data__position, (int, float, Decimal)) and not isinstance(data__position, bool):
                if data__position < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".position must be bigger than or equal to 1", value=data__position, name="" + (name_prefix or "data") + ".position", definition={'type': 'integer', 'minimum': 1}, rule='minimum')
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
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/contacts.schema.json', 'title': 'contact', 'description': "One link of the 24/7 contact chain (relapse resilience kit): who, how to reach them, their role, when they can be reached and their place in the chain. `reachable` is '24/7' or weekday hours such as 'mon-fri 09:00-17:00; sat 10:00-14:00'; a range whose end is not after its start crosses midnight ('fri 22:00-02:00'). `position` 1 is called first.", 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'reach': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'role': {'enum': ['sponsor', 'peer', 'therapist', 'hotline', 'family']}, 'reachable': {'type': 'string', 'minLength': 1, 'maxLength': 500}, 'position': {'type': 'integer', 'minimum': 1}, 'note': {'type': ['string', 'null'], 'maxLength': 500}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'name', 'reach', 'role', 'reachable', 'position', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='additionalProperties')
    return data


validate = validate_https___recover_local_data_schema_contacts_schema_json
