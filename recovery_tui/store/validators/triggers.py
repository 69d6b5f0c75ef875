# GENERATED FILE, do not edit. Made from data_schema/triggers.schema.json by
#     python -m recovery_tui.store.schemas --generate
# (fastjsonschema 2.22.3, compile_to_code(schema, use_default=False)). Run that again after
# changing the schema; until then recover ignores this module and compiles the schema itself.
"""Validator for 'triggers' records, generated from data_schema/triggers.schema.json."""

SCHEMA_SHA256 = '51c9c45c85baa9a05add67a051b0808001e75aacee509e4708aa3348b59c25a9'
SCHEMA_BYTES = b'{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$id": "https://recover.local/data_schema/triggers.schema.json",\n  "title": "trigger",\n  "description": "One entry of the trigger log (part of the relapse resilience kit): what happened, where, with whom, the emotion, HALT state, craving intensity, what the person did and how it ended.",\n  "type": "object",\n  "properties": {\n    "id": {"type": "string", "minLength": 1, "maxLength": 64},\n    "at": {"type": "string", "format": "date-time"},\n    "what": {"type": "string", "minLength": 1, "maxLength": 500},\n    "where": {"type": ["string", "null"], "maxLength": 200},\n    "who": {"type": ["string", "null"], "maxLength": 200},\n    "emotion": {"type": ["string", "null"], "maxLength": 60},\n    "halt": {\n      "type": "array",\n      "items": {"enum": ["hungry", "angry", "lonely", "tired"]},\n      "uniqueItems": true\n    },\n    "intensity": {"type": ["integer", "null"], "minimum": 0, "maximum": 10},\n    "coping": {"type": ["string", "null"], "maxLength": 500},\n    "outcome": {"enum": ["resisted", "used", "ongoing", null]},\n    "note": {"type": ["string", "null"], "maxLength": 5000},\n    "created_at": {"type": "string", "format": "date-time"},\n    "updated_at": {"type": "string", "format": "date-time"}\n  },\n  "required": ["id", "at", "what", "where", "who", "emotion", "halt", "intensity", "coping", "outcome", "note", "created_at", "updated_at"],\n  "additionalProperties": false\n}\n'

VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z')
}

NoneType = type(None)

def validate_https___recover_local_data_schema_triggers_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/triggers.schema.json', 'title': 'trigger', 'description': 'One entry of the trigger log (part of the relapse resilience kit): what happened, where, with whom, the emotion, HALT state, craving intensity, what the person did and how it ended.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'at': {'type': 'string', 'format': 'date-time'}, 'what': {'type': 'string', 'minLength': 1, 'maxLength': 500}, 'where': {'type': ['string', 'null'], 'maxLength': 200}, 'who': {'type': ['string', 'null'], 'maxLength': 200}, 'emotion': {'type': ['string', 'null'], 'maxLength': 60}, 'halt': {'type': 'array', 'items': {'enum': ['hungry', 'angry', 'lonely', 'tired']}, 'uniqueItems': True}, 'intensity': {'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, 'coping': {'type': ['string', 'null'], 'maxLength': 500}, 'outcome': {'enum': ['resisted', 'used', 'ongoing', None]}, 'note': {'type': ['string', 'null'], 'maxLength': 5000}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'at', 'what', 'where', 'who', 'emotion', 'halt', 'intensity', 'coping', 'outcome', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'at', 'what', 'where', 'who', 'emotion', 'halt', 'intensity', 'coping', 'outcome', 'note', 'created_at', 'updated_at']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/triggers.schema.json', 'title': 'trigger', 'description': 'One entry of the trigger log (part of the relapse resilience kit): what happened, where, with whom, the emotion, HALT state, craving intensity, what the person did and how it ended.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'at': {'type': 'string', 'format': 'date-time'}, 'what': {'type': 'string', 'minLength': 1, 'maxLength': 500}, 'where': {'type': ['string', 'null'], 'maxLength': 200}, 'who': {'type': ['string', 'null'], 'maxLength': 200}, 'emotion': {'type': ['string', 'null'], 'maxLength': 60}, 'halt': {'type': 'array', 'items': {'enum': ['hungry', 'angry', 'lonely', 'tired']}, 'uniqueItems': True}, 'intensity': {'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, 'coping': {'type': ['string', 'null'], 'maxLength': 500}, 'outcome': {'enum': ['resisted', 'used', 'ongoing', None]}, 'note': {'type': ['string', 'null'], 'maxLength': 5000}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'at', 'what', 'where', 'who', 'emotion', 'halt', 'intensity', 'coping', 'outcome', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='required')
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
        if "what" in data_keys:
            data_keys.remove("what")
            data__what = data["what"]
            if not isinstance(data__what, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".what must be string", value=data__what, name="" + (name_prefix or "data") + ".what", definition={'type': 'string', 'minLength': 1, 'maxLength': 500}, rule='type')
            if isinstance(data__what, str):
                data__what_len = len(data__what)
                if data__what_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".what must be longer than or equal to 1 characters", value=data__what, name="" + (name_prefix or "data") + ".what", definition={'type': 'string', 'minLength': 1, 'maxLength': 500}, rule='minLength')
                if data__what_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".what must be shorter than or equal to 500 characters", value=data__what, name="" + (name_prefix or "data") + ".what", definition={'type': 'string', 'minLength': 1, 'maxLength': 500}, rule='maxLength')
        if "where" in data_keys:
            data_keys.remove("where")
            data__where = data["where"]
            if not isinstance(data__where, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".where must be string or null", value=data__where, name="" + (name_prefix or "data") + ".where", definition={'type': ['string', 'null'], 'maxLength': 200}, rule='type')
            if isinstance(data__where, str):
                data__where_len = len(data__where)
                if data__where_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".where must be shorter than or equal to 200 characters", value=data__where, name="" + (name_prefix or "data") + ".where", definition={'type': ['string', 'null'], 'maxLength': 200}, rule='maxLength')
        if "who" in data_keys:
            data_keys.remove("who")
            data__who = data["who"]
            if not isinstance(data__who, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".who must be string or null", value=data__who, name="" + (name_prefix or "data") + ".who", definition={'type': ['string', 'null'], 'maxLength': 200}, rule='type')
            if isinstance(data__who, str):
                data__who_len = len(data__who)
                if data__who_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".who must be shorter than or equal to 200 characters", value=data__who, name="" + (name_prefix or "data") + ".who", definition={'type': ['string', 'null'], 'maxLength': 200}, rule='maxLength')
        if "emotion" in data_keys:
            data_keys.remove("emotion")
            data__emotion = data["emotion"]
            if not isinstance(data__emotion, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".emotion must be string or null", value=data__emotion, name="" + (name_prefix or "data") + ".emotion", definition={'type': ['string', 'null'], 'maxLength': 60}, rule='type')
            if isinstance(data__emotion, str):
                data__emotion_len = len(data__emotion)
                if data__emotion_len > 60:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".emotion must be shorter than or equal to 60 characters", value=data__emotion, name="" + (name_prefix or "data") + ".emotion", definition={'type': ['string', 'null'], 'maxLength': 60}, rule='maxLength')
        if "halt" in data_keys:
            data_keys.remove("halt")
            data__halt = data["halt"]
            if not isinstance(data__halt, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".halt must be array", value=data__halt, name="" + (name_prefix or "data") + ".halt", definition={'type': 'array', 'items': {'enum': ['hungry', 'angry', 'lonely', 'tired']}, 'uniqueItems': True}, rule='type')
            data__halt_is_list = isinstance(data__halt, (list, tuple))
            if data__halt_is_list:
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__halt_len = len(data__halt)
                if data__halt_len > len(set(fn(data__halt_x) for data__halt_x in data__halt)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".halt must contain unique items", value=data__halt, name="" + (name_prefix or "data") + ".halt", definition={'type': 'array', 'items': {'enum': ['hungry', 'angry', 'lonely', 'tired']}, 'uniqueItems': True}, rule='uniqueItems')
                for data__halt_x, data__halt_item in enumerate(data__halt):
                    if not (isinstance(data__halt_item, str) and data__halt_item == 'hungry' or isinstance(data__halt_item, str) and data__halt_item == 'angry' or isinstance(data__halt_item, str) and data__halt_item == 'lonely' or isinstance(data__halt_item, str) and data__halt_item == 'tired'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".halt[{data__halt_x}]".format(**locals()) + " must be one of ['hungry', 'angry', 'lonely', 'tired']", value=data__halt_item, name="" + (name_prefix or "data") + ".halt[{data__halt_x}]".format(**locals()) + "", definition={'enum': ['hungry', 'angry', 'lonely', 'tired']}, rule='enum')
        if "intensity" in data_keys:
            data_keys.remove("intensity")
            data__intensity = data["intensity"]
            if not isinstance(data__intensity, (int, NoneType)) and not (isinstance(data__intensity, float) and data__intensity.is_integer()) or isinstance(data__intensity, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".intensity must be integer or null", value=data__intensity, name="" + (name_prefix or "data") + ".intensity", definition={'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, rule='type')
            if isinstance(data__intensity, (int, float, Decimal)) and not isinstance(data__intensity, bool):
                if data__intensity < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".intensity must be bigger than or equal to 0", value=data__intensity, name="" + (name_prefix or "data") + ".intensity", definition={'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, rule='minimum')
                if data__intensity > 10:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".intensity must be smaller than or equal to 10", value=data__intensity, name="" + (name_prefix or "data") + ".intensity", definition={'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, rule='maximum')
        if "coping" in data_keys:
            data_keys.remove("coping")
            data__coping = data["coping"]
            if not isinstance(data__coping, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".coping must be string or null", value=data__coping, name="" + (name_prefix or "data") + ".coping", definition={'type': ['string', 'null'], 'maxLength': 500}, rule='type')
            if isinstance(data__coping, str):
                data__coping_len = len(data__coping)
                if data__coping_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".coping must be shorter than or equal to 500 characters", value=data__coping, name="" + (name_prefix or "data") + ".coping", definition={'type': ['string', 'null'], 'maxLength': 500}, rule='maxLength')
        if "outcome" in data_keys:
            data_keys.remove("outcome")
            data__outcome = data["outcome"]
            if not (isinstance(data__outcome, str) and data__outcome == 'resisted' or isinstance(data__outcome, str) and data__outcome == 'used' or isinstance(data__outcome, str) and data__outcome == 'ongoing' or data__outcome is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".outcome must be one of ['resisted', 'used', 'ongoing', None]", value=data__outcome, name="" + (name_prefix or "data") + ".outcome", definition={'enum': ['resisted', 'used', 'ongoing', None]}, rule='enum')
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            if not isinstance(data__note, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be string or null", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': ['string', 'null'], 'maxLength': 5000}, rule='type')
            if isinstance(data__note, str):
                data__note_len = len(data__note)
                if data__note_len > 5000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be shorter than or equal to 5000 characters", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': ['string', 'null'], 'maxLength': 5000}, rule='maxLength')
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
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/triggers.schema.json', 'title': 'trigger', 'description': 'One entry of the trigger log (part of the relapse resilience kit): what happened, where, with whom, the emotion, HALT state, craving intensity, what the person did and how it ended.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'at': {'type': 'string', 'format': 'date-time'}, 'what': {'type': 'string', 'minLength': 1, 'maxLength': 500}, 'where': {'type': ['string', 'null'], 'maxLength': 200}, 'who': {'type': ['string', 'null'], 'maxLength': 200}, 'emotion': {'type': ['string', 'null'], 'maxLength': 60}, 'halt': {'type': 'array', 'items': {'enum': ['hungry', 'angry', 'lonely', 'tired']}, 'uniqueItems': True}, 'intensity': {'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, 'coping': {'type': ['string', 'null'], 'maxLength': 500}, 'outcome': {'enum': ['resisted', 'used', 'ongoing', None]}, 'note': {'type': ['string', 'null'], 'maxLength': 5000}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'at', 'what', 'where', 'who', 'emotion', 'halt', 'intensity', 'coping', 'outcome', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='additionalProperties')
    return data


validate = validate_https___recover_local_data_schema_triggers_schema_json
