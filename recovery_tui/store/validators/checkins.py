# GENERATED FILE, do not edit. Made from data_schema/checkins.schema.json by
#     python -m recovery_tui.store.schemas --generate
# (fastjsonschema 2.22.3, compile_to_code(schema, use_default=False)). Run that again after
# changing the schema; until then recover ignores this module and compiles the schema itself.
"""Validator for 'checkins' records, generated from data_schema/checkins.schema.json."""

SCHEMA_SHA256 = '27fd15bbdaef439871a7d157c4d237b48d3ae44d09d6d633c0ef7f7e99acf25f'
SCHEMA_BYTES = b'{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$id": "https://recover.local/data_schema/checkins.schema.json",\n  "title": "check-in",\n  "description": "A daily check-in: mood, craving, whether each active counter was sober that day, gratitude and a note. `date` is the local calendar day it is for (back-filled days differ from `at`).",\n  "type": "object",\n  "properties": {\n    "id": {"type": "string", "minLength": 1, "maxLength": 64},\n    "date": {"type": "string", "format": "date"},\n    "at": {"type": "string", "format": "date-time"},\n    "mood": {"type": "integer", "minimum": 1, "maximum": 5},\n    "craving": {"type": "integer", "minimum": 0, "maximum": 10},\n    "sober": {\n      "description": "Per active counter: sober that day or not.",\n      "type": "array",\n      "items": {\n        "type": "object",\n        "properties": {\n          "counter_id": {"type": "string", "minLength": 1},\n          "counter": {"type": "string", "minLength": 1},\n          "sober": {"type": "boolean"}\n        },\n        "required": ["counter_id", "counter", "sober"],\n        "additionalProperties": false\n      }\n    },\n    "gratitude": {"type": ["string", "null"], "maxLength": 2000},\n    "note": {"type": ["string", "null"], "maxLength": 20000},\n    "created_at": {"type": "string", "format": "date-time"},\n    "updated_at": {"type": "string", "format": "date-time"}\n  },\n  "required": ["id", "date", "at", "mood", "craving", "sober", "gratitude", "note", "created_at", "updated_at"],\n  "additionalProperties": false\n}\n'

VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)\\Z'),
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z')
}

NoneType = type(None)

def validate_https___recover_local_data_schema_checkins_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/checkins.schema.json', 'title': 'check-in', 'description': 'A daily check-in: mood, craving, whether each active counter was sober that day, gratitude and a note. `date` is the local calendar day it is for (back-filled days differ from `at`).', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'date': {'type': 'string', 'format': 'date'}, 'at': {'type': 'string', 'format': 'date-time'}, 'mood': {'type': 'integer', 'minimum': 1, 'maximum': 5}, 'craving': {'type': 'integer', 'minimum': 0, 'maximum': 10}, 'sober': {'description': 'Per active counter: sober that day or not.', 'type': 'array', 'items': {'type': 'object', 'properties': {'counter_id': {'type': 'string', 'minLength': 1}, 'counter': {'type': 'string', 'minLength': 1}, 'sober': {'type': 'boolean'}}, 'required': ['counter_id', 'counter', 'sober'], 'additionalProperties': False}}, 'gratitude': {'type': ['string', 'null'], 'maxLength': 2000}, 'note': {'type': ['string', 'null'], 'maxLength': 20000}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'date', 'at', 'mood', 'craving', 'sober', 'gratitude', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'date', 'at', 'mood', 'craving', 'sober', 'gratitude', 'note', 'created_at', 'updated_at']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/checkins.schema.json', 'title': 'check-in', 'description': 'A daily check-in: mood, craving, whether each active counter was sober that day, gratitude and a note. `date` is the local calendar day it is for (back-filled days differ from `at`).', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'date': {'type': 'string', 'format': 'date'}, 'at': {'type': 'string', 'format': 'date-time'}, 'mood': {'type': 'integer', 'minimum': 1, 'maximum': 5}, 'craving': {'type': 'integer', 'minimum': 0, 'maximum': 10}, 'sober': {'description': 'Per active counter: sober that day or not.', 'type': 'array', 'items': {'type': 'object', 'properties': {'counter_id': {'type': 'string', 'minLength': 1}, 'counter': {'type': 'string', 'minLength': 1}, 'sober': {'type': 'boolean'}}, 'required': ['counter_id', 'counter', 'sober'], 'additionalProperties': False}}, 'gratitude': {'type': ['string', 'null'], 'maxLength': 2000}, 'note': {'type': ['string', 'null'], 'maxLength': 20000}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'date', 'at', 'mood', 'craving', 'sober', 'gratitude', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='required')
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
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            if not isinstance(data__date, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be string", value=data__date, name="" + (name_prefix or "data") + ".date", definition={'type': 'string', 'format': 'date'}, rule='type')
            if isinstance(data__date, str):
                if not REGEX_PATTERNS["date_re_pattern"].match(data__date):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be date", value=data__date, name="" + (name_prefix or "data") + ".date", definition={'type': 'string', 'format': 'date'}, rule='format')
        if "at" in data_keys:
            data_keys.remove("at")
            data__at = data["at"]
            if not isinstance(data__at, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".at must be string", value=data__at, name="" + (name_prefix or "data") + ".at", definition={'type': 'string', 'format': 'date-time'}, rule='type')
            if isinstance(data__at, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__at):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".at must be date-time", value=data__at, name="" + (name_prefix or "data") + ".at", definition={'type': 'string', 'format': 'date-time'}, rule='format')
        if "mood" in data_keys:
            data_keys.remove("mood")
            data__mood = data["mood"]
            if not isinstance(data__mood, (int)) and not (isinstance(data__mood, float) and data__mood.is_integer()) or isinstance(data__mood, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mood must be integer", value=data__mood, name="" + (name_prefix or "data") + ".mood", definition={'type': 'integer', 'minimum': 1, 'maximum': 5}, rule='type')
            if isinstance(data__mood, (int, float, Decimal)) and not isinstance(data__mood, bool):
                if data__mood < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mood must be bigger than or equal to 1", value=data__mood, name="" + (name_prefix or "data") + ".mood", definition={'type': 'integer', 'minimum': 1, 'maximum': 5}, rule='minimum')
                if data__mood > 5:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mood must be smaller than or equal to 5", value=data__mood, name="" + (name_prefix or "data") + ".mood", definition={'type': 'integer', 'minimum': 1, 'maximum': 5}, rule='maximum')
        if "craving" in data_keys:
            data_keys.remove("craving")
            data__craving = data["craving"]
            if not isinstance(data__craving, (int)) and not (isinstance(data__craving, float) and data__craving.is_integer()) or isinstance(data__craving, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".craving must be integer", value=data__craving, name="" + (name_prefix or "data") + ".craving", definition={'type': 'integer', 'minimum': 0, 'maximum': 10}, rule='type')
            if isinstance(data__craving, (int, float, Decimal)) and not isinstance(data__craving, bool):
                if data__craving < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".craving must be bigger than or equal to 0", value=data__craving, name="" + (name_prefix or "data") + ".craving", definition={'type': 'integer', 'minimum': 0, 'maximum': 10}, rule='minimum')
                if data__craving > 10:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".craving must be smaller than or equal to 10", value=data__craving, name="" + (name_prefix or "data") + ".craving", definition={'type': 'integer', 'minimum': 0, 'maximum': 10}, rule='maximum')
        if "sober" in data_keys:
            data_keys.remove("sober")
            data__sober = data["sober"]
            if not isinstance(data__sober, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sober must be array", value=data__sober, name="" + (name_prefix or "data") + ".sober", definition={'description': 'Per active counter: sober that day or not.', 'type': 'array', 'items': {'type': 'object', 'properties': {'counter_id': {'type': 'string', 'minLength': 1}, 'counter': {'type': 'string', 'minLength': 1}, 'sober': {'type': 'boolean'}}, 'required': ['counter_id', 'counter', 'sober'], 'additionalProperties': False}}, rule='type')
            data__sober_is_list = isinstance(data__sober, (list, tuple))
            if data__sober_is_list:
                data__sober_len = len(data__sober)
                for data__sober_x, data__sober_item in enumerate(data__sober):
                    if not isinstance(data__sober_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".sober[{data__sober_x}]".format(**locals()) + " must be object", value=data__sober_item, name="" + (name_prefix or "data") + ".sober[{data__sober_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'counter_id': {'type': 'string', 'minLength': 1}, 'counter': {'type': 'string', 'minLength': 1}, 'sober': {'type': 'boolean'}}, 'required': ['counter_id', 'counter', 'sober'], 'additionalProperties': False}, rule='type')
                    data__sober_item_is_dict = isinstance(data__sober_item, dict)
                    if data__sober_item_is_dict:
                        data__sober_item__missing_keys = set(['counter_id', 'counter', 'sober']) - data__sober_item.keys()
                        if data__sober_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sober[{data__sober_x}]".format(**locals()) + " must contain " + (str(sorted(data__sober_item__missing_keys)) + " properties"), value=data__sober_item, name="" + (name_prefix or "data") + ".sober[{data__sober_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'counter_id': {'type': 'string', 'minLength': 1}, 'counter': {'type': 'string', 'minLength': 1}, 'sober': {'type': 'boolean'}}, 'required': ['counter_id', 'counter', 'sober'], 'additionalProperties': False}, rule='required')
                        data__sober_item_keys = set(data__sober_item.keys())
                        if "counter_id" in data__sober_item_keys:
                            data__sober_item_keys.remove("counter_id")
                            data__sober_item__counterid = data__sober_item["counter_id"]
                            if not isinstance(data__sober_item__counterid, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sober[{data__sober_x}].counter_id".format(**locals()) + " must be string", value=data__sober_item__counterid, name="" + (name_prefix or "data") + ".sober[{data__sober_x}].counter_id".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                            if isinstance(data__sober_item__counterid, str):
                                data__sober_item__counterid_len = len(data__sober_item__counterid)
                                if data__sober_item__counterid_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sober[{data__sober_x}].counter_id".format(**locals()) + " must be longer than or equal to 1 characters", value=data__sober_item__counterid, name="" + (name_prefix or "data") + ".sober[{data__sober_x}].counter_id".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                        if "counter" in data__sober_item_keys:
                            data__sober_item_keys.remove("counter")
                            data__sober_item__counter = data__sober_item["counter"]
                            if not isinstance(data__sober_item__counter, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sober[{data__sober_x}].counter".format(**locals()) + " must be string", value=data__sober_item__counter, name="" + (name_prefix or "data") + ".sober[{data__sober_x}].counter".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                            if isinstance(data__sober_item__counter, str):
                                data__sober_item__counter_len = len(data__sober_item__counter)
                                if data__sober_item__counter_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sober[{data__sober_x}].counter".format(**locals()) + " must be longer than or equal to 1 characters", value=data__sober_item__counter, name="" + (name_prefix or "data") + ".sober[{data__sober_x}].counter".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                        if "sober" in data__sober_item_keys:
                            data__sober_item_keys.remove("sober")
                            data__sober_item__sober = data__sober_item["sober"]
                            if not isinstance(data__sober_item__sober, (bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sober[{data__sober_x}].sober".format(**locals()) + " must be boolean", value=data__sober_item__sober, name="" + (name_prefix or "data") + ".sober[{data__sober_x}].sober".format(**locals()) + "", definition={'type': 'boolean'}, rule='type')
                        if data__sober_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".sober[{data__sober_x}]".format(**locals()) + " must not contain "+str(data__sober_item_keys)+" properties", value=data__sober_item, name="" + (name_prefix or "data") + ".sober[{data__sober_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'counter_id': {'type': 'string', 'minLength': 1}, 'counter': {'type': 'string', 'minLength': 1}, 'sober': {'type': 'boolean'}}, 'required': ['counter_id', 'counter', 'sober'], 'additionalProperties': False}, rule='additionalProperties')
        if "gratitude" in data_keys:
            data_keys.remove("gratitude")
            data__gratitude = data["gratitude"]
            if not isinstance(data__gratitude, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".gratitude must be string or null", value=data__gratitude, name="" + (name_prefix or "data") + ".gratitude", definition={'type': ['string', 'null'], 'maxLength': 2000}, rule='type')
            if isinstance(data__gratitude, str):
                data__gratitude_len = len(data__gratitude)
                if data__gratitude_len > 2000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".gratitude must be shorter than or equal to 2000 characters", value=data__gratitude, name="" + (name_prefix or "data") + ".gratitude", definition={'type': ['string', 'null'], 'maxLength': 2000}, rule='maxLength')
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            if not isinstance(data__note, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be string or null", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': ['string', 'null'], 'maxLength': 20000}, rule='type')
            if isinstance(data__note, str):
                data__note_len = len(data__note)
                if data__note_len > 20000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be shorter than or equal to 20000 characters", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': ['string', 'null'], 'maxLength': 20000}, rule='maxLength')
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
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/checkins.schema.json', 'title': 'check-in', 'description': 'A daily check-in: mood, craving, whether each active counter was sober that day, gratitude and a note. `date` is the local calendar day it is for (back-filled days differ from `at`).', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'date': {'type': 'string', 'format': 'date'}, 'at': {'type': 'string', 'format': 'date-time'}, 'mood': {'type': 'integer', 'minimum': 1, 'maximum': 5}, 'craving': {'type': 'integer', 'minimum': 0, 'maximum': 10}, 'sober': {'description': 'Per active counter: sober that day or not.', 'type': 'array', 'items': {'type': 'object', 'properties': {'counter_id': {'type': 'string', 'minLength': 1}, 'counter': {'type': 'string', 'minLength': 1}, 'sober': {'type': 'boolean'}}, 'required': ['counter_id', 'counter', 'sober'], 'additionalProperties': False}}, 'gratitude': {'type': ['string', 'null'], 'maxLength': 2000}, 'note': {'type': ['string', 'null'], 'maxLength': 20000}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'date', 'at', 'mood', 'craving', 'sober', 'gratitude', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='additionalProperties')
    return data


validate = validate_https___recover_local_data_schema_checkins_schema_json
