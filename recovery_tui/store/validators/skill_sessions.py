# GENERATED FILE, do not edit. Made from data_schema/skill_sessions.schema.json by
#     python -m recovery_tui.store.schemas --generate
# (fastjsonschema 2.22.3, compile_to_code(schema, use_default=False)). Run that again after
# changing the schema; until then recover ignores this module and compiles the schema itself.
"""Validator for 'skill_sessions' records, generated from data_schema/skill_sessions.schema.json."""

SCHEMA_SHA256 = 'f7783a85f905d616b3b63ce2db3c5610b988e5c322916972b2dac2a3e2b8d9a9'
SCHEMA_BYTES = b'{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$id": "https://recover.local/data_schema/skill_sessions.schema.json",\n  "title": "skill session",\n  "description": "One run of a 10-minute skill (breathing, cold impulse, walking, urge surfing...), with the craving rated before and after.",\n  "type": "object",\n  "properties": {\n    "id": {"type": "string", "minLength": 1, "maxLength": 64},\n    "skill": {"type": "string", "minLength": 1, "maxLength": 60},\n    "started_at": {"type": "string", "format": "date-time"},\n    "planned_seconds": {"type": "integer", "minimum": 1},\n    "actual_seconds": {"type": "integer", "minimum": 0},\n    "completed": {"type": "boolean"},\n    "craving_before": {"type": ["integer", "null"], "minimum": 0, "maximum": 10},\n    "craving_after": {"type": ["integer", "null"], "minimum": 0, "maximum": 10},\n    "created_at": {"type": "string", "format": "date-time"},\n    "updated_at": {"type": "string", "format": "date-time"}\n  },\n  "required": ["id", "skill", "started_at", "planned_seconds", "actual_seconds", "completed", "craving_before", "craving_after", "created_at", "updated_at"],\n  "additionalProperties": false\n}\n'

VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z')
}

NoneType = type(None)

def validate_https___recover_local_data_schema_skill_sessions_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/skill_sessions.schema.json', 'title': 'skill session', 'description': 'One run of a 10-minute skill (breathing, cold impulse, walking, urge surfing...), with the craving rated before and after.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'skill': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'started_at': {'type': 'string', 'format': 'date-time'}, 'planned_seconds': {'type': 'integer', 'minimum': 1}, 'actual_seconds': {'type': 'integer', 'minimum': 0}, 'completed': {'type': 'boolean'}, 'craving_before': {'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, 'craving_after': {'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'skill', 'started_at', 'planned_seconds', 'actual_seconds', 'completed', 'craving_before', 'craving_after', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'skill', 'started_at', 'planned_seconds', 'actual_seconds', 'completed', 'craving_before', 'craving_after', 'created_at', 'updated_at']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/skill_sessions.schema.json', 'title': 'skill session', 'description': 'One run of a 10-minute skill (breathing, cold impulse, walking, urge surfing...), with the craving rated before and after.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'skill': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'started_at': {'type': 'string', 'format': 'date-time'}, 'planned_seconds': {'type': 'integer', 'minimum': 1}, 'actual_seconds': {'type': 'integer', 'minimum': 0}, 'completed': {'type': 'boolean'}, 'craving_before': {'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, 'craving_after': {'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'skill', 'started_at', 'planned_seconds', 'actual_seconds', 'completed', 'craving_before', 'craving_after', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='required')
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
        if "skill" in data_keys:
            data_keys.remove("skill")
            data__skill = data["skill"]
            if not isinstance(data__skill, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".skill must be string", value=data__skill, name="" + (name_prefix or "data") + ".skill", definition={'type': 'string', 'minLength': 1, 'maxLength': 60}, rule='type')
            if isinstance(data__skill, str):
                data__skill_len = len(data__skill)
                if data__skill_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".skill must be longer than or equal to 1 characters", value=data__skill, name="" + (name_prefix or "data") + ".skill", definition={'type': 'string', 'minLength': 1, 'maxLength': 60}, rule='minLength')
                if data__skill_len > 60:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".skill must be shorter than or equal to 60 characters", value=data__skill, name="" + (name_prefix or "data") + ".skill", definition={'type': 'string', 'minLength': 1, 'maxLength': 60}, rule='maxLength')
        if "started_at" in data_keys:
            data_keys.remove("started_at")
            data__startedat = data["started_at"]
            if not isinstance(data__startedat, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".started_at must be string", value=data__startedat, name="" + (name_prefix or "data") + ".started_at", definition={'type': 'string', 'format': 'date-time'}, rule='type')
            if isinstance(data__startedat, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__startedat):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".started_at must be date-time", value=data__startedat, name="" + (name_prefix or "data") + ".started_at", definition={'type': 'string', 'format': 'date-time'}, rule='format')
        if "planned_seconds" in data_keys:
            data_keys.remove("planned_seconds")
            data__plannedseconds = data["planned_seconds"]
            if not isinstance(data__plannedseconds, (int)) and not (isinstance(data__plannedseconds, float) and data__plannedseconds.is_integer()) or isinstance(data__plannedseconds, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".planned_seconds must be integer", value=data__plannedseconds, name="" + (name_prefix or "data") + ".planned_seconds", definition={'type': 'integer', 'minimum': 1}, rule='type')
            if isinstance(data__plannedseconds, (int, float, Decimal)) and not isinstance(data__plannedseconds, bool):
                if data__plannedseconds < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".planned_seconds must be bigger than or equal to 1", value=data__plannedseconds, name="" + (name_prefix or "data") + ".planned_seconds", definition={'type': 'integer', 'minimum': 1}, rule='minimum')
        if "actual_seconds" in data_keys:
            data_keys.remove("actual_seconds")
            data__actualseconds = data["actual_seconds"]
            if not isinstance(data__actualseconds, (int)) and not (isinstance(data__actualseconds, float) and data__actualseconds.is_integer()) or isinstance(data__actualseconds, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".actual_seconds must be integer", value=data__actualseconds, name="" + (name_prefix or "data") + ".actual_seconds", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data__actualseconds, (int, float, Decimal)) and not isinstance(data__actualseconds, bool):
                if data__actualseconds < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".actual_seconds must be bigger than or equal to 0", value=data__actualseconds, name="" + (name_prefix or "data") + ".actual_seconds", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
        if "completed" in data_keys:
            data_keys.remove("completed")
            data__completed = data["completed"]
            if not isinstance(data__completed, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".completed must be boolean", value=data__completed, name="" + (name_prefix or "data") + ".completed", definition={'type': 'boolean'}, rule='type')
        if "craving_before" in data_keys:
            data_keys.remove("craving_before")
            data__cravingbefore = data["craving_before"]
            if not isinstance(data__cravingbefore, (int, NoneType)) and not (isinstance(data__cravingbefore, float) and data__cravingbefore.is_integer()) or isinstance(data__cravingbefore, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".craving_before must be integer or null", value=data__cravingbefore, name="" + (name_prefix or "data") + ".craving_before", definition={'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, rule='type')
            if isinstance(data__cravingbefore, (int, float, Decimal)) and not isinstance(data__cravingbefore, bool):
                if data__cravingbefore < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".craving_before must be bigger than or equal to 0", value=data__cravingbefore, name="" + (name_prefix or "data") + ".craving_before", definition={'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, rule='minimum')
                if data__cravingbefore > 10:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".craving_before must be smaller than or equal to 10", value=data__cravingbefore, name="" + (name_prefix or "data") + ".craving_before", definition={'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, rule='maximum')
        if "craving_after" in data_keys:
            data_keys.remove("craving_after")
            data__cravingafter = data["craving_after"]
            if not isinstance(data__cravingafter, (int, NoneType)) and not (isinstance(data__cravingafter, float) and data__cravingafter.is_integer()) or isinstance(data__cravingafter, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".craving_after must be integer or null", value=data__cravingafter, name="" + (name_prefix or "data") + ".craving_after", definition={'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, rule='type')
            if isinstance(data__cravingafter, (int, float, Decimal)) and not isinstance(data__cravingafter, bool):
                if data__cravingafter < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".craving_after must be bigger than or equal to 0", value=data__cravingafter, name="" + (name_prefix or "data") + ".craving_after", definition={'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, rule='minimum')
                if data__cravingafter > 10:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".craving_after must be smaller than or equal to 10", value=data__cravingafter, name="" + (name_prefix or "data") + ".craving_after", definition={'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, rule='maximum')
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
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/skill_sessions.schema.json', 'title': 'skill session', 'description': 'One run of a 10-minute skill (breathing, cold impulse, walking, urge surfing...), with the craving rated before and after.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'skill': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'started_at': {'type': 'string', 'format': 'date-time'}, 'planned_seconds': {'type': 'integer', 'minimum': 1}, 'actual_seconds': {'type': 'integer', 'minimum': 0}, 'completed': {'type': 'boolean'}, 'craving_before': {'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, 'craving_after': {'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'skill', 'started_at', 'planned_seconds', 'actual_seconds', 'completed', 'craving_before', 'craving_after', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='additionalProperties')
    return data


validate = validate_https___recover_local_data_schema_skill_sessions_schema_json
