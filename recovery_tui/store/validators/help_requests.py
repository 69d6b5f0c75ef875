# GENERATED FILE, do not edit. Made from data_schema/help_requests.schema.json by
#     python -m recovery_tui.store.schemas --generate
# (fastjsonschema 2.22.3, compile_to_code(schema, use_default=False)). Run that again after
# changing the schema; until then recover ignores this module and compiles the schema itself.
"""Validator for 'help_requests' records, generated from data_schema/help_requests.schema.json."""

SCHEMA_SHA256 = 'ccc69424db2a0b70c234aa912e38b44596dd835d6dc98217b0b8712145417e12'
SCHEMA_BYTES = b'{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$id": "https://recover.local/data_schema/help_requests.schema.json",\n  "title": "help request",\n  "description": "A message composed with the 3-step rule (name the emotion, specify the problem, make a clear request), the format it was saved in, and its follow-ups. `title` and `body` are the message as saved (edited by the person when `edited` is true); the step fields are kept so the request can be recomposed. Follow-ups live inside the record (they are always read with their request): who answered, whether it helped, a note.",\n  "type": "object",\n  "properties": {\n    "id": {"type": "string", "minLength": 1, "maxLength": 64},\n    "emotion": {"type": "string", "minLength": 1, "maxLength": 60},\n    "emotion_family": {"enum": ["sad", "afraid", "angry", "ashamed", "lonely", "tired", "restless", "hopeful", null]},\n    "intensity": {"type": ["integer", "null"], "minimum": 0, "maximum": 10},\n    "problem": {"type": "string", "minLength": 1, "maxLength": 2000},\n    "since": {"type": ["string", "null"], "maxLength": 300},\n    "tried": {"type": ["string", "null"], "maxLength": 300},\n    "request": {"enum": ["advice", "talk", "checkin", "stories", "own"]},\n    "request_text": {"type": ["string", "null"], "maxLength": 1000},\n    "format": {"enum": ["forum", "text", "chat"]},\n    "title": {"type": ["string", "null"], "maxLength": 500},\n    "body": {"type": "string", "minLength": 1, "maxLength": 20000},\n    "edited": {"type": "boolean"},\n    "followups": {\n      "type": "array",\n      "items": {\n        "type": "object",\n        "properties": {\n          "at": {"type": "string", "format": "date-time"},\n          "helpful": {"type": "boolean"},\n          "from": {"type": ["string", "null"], "maxLength": 60},\n          "note": {"type": ["string", "null"], "maxLength": 2000}\n        },\n        "required": ["at", "helpful", "from", "note"],\n        "additionalProperties": false\n      }\n    },\n    "created_at": {"type": "string", "format": "date-time"},\n    "updated_at": {"type": "string", "format": "date-time"}\n  },\n  "required": ["id", "emotion", "emotion_family", "intensity", "problem", "since", "tried", "request", "request_text", "format", "title", "body", "edited", "followups", "created_at", "updated_at"],\n  "additionalProperties": false\n}\n'

VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z')
}

NoneType = type(None)

def validate_https___recover_local_data_schema_help_requests_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/help_requests.schema.json', 'title': 'help request', 'description': 'A message composed with the 3-step rule (name the emotion, specify the problem, make a clear request), the format it was saved in, and its follow-ups. `title` and `body` are the message as saved (edited by the person when `edited` is true); the step fields are kept so the request can be recomposed. Follow-ups live inside the record (they are always read with their request): who answered, whether it helped, a note.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'emotion': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'emotion_family': {'enum': ['sad', 'afraid', 'angry', 'ashamed', 'lonely', 'tired', 'restless', 'hopeful', None]}, 'intensity': {'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, 'problem': {'type': 'string', 'minLength': 1, 'maxLength': 2000}, 'since': {'type': ['string', 'null'], 'maxLength': 300}, 'tried': {'type': ['string', 'null'], 'maxLength': 300}, 'request': {'enum': ['advice', 'talk', 'checkin', 'stories', 'own']}, 'request_text': {'type': ['string', 'null'], 'maxLength': 1000}, 'format': {'enum': ['forum', 'text', 'chat']}, 'title': {'type': ['string', 'null'], 'maxLength': 500}, 'body': {'type': 'string', 'minLength': 1, 'maxLength': 20000}, 'edited': {'type': 'boolean'}, 'followups': {'type': 'array', 'items': {'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'helpful': {'type': 'boolean'}, 'from': {'type': ['string', 'null'], 'maxLength': 60}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'helpful', 'from', 'note'], 'additionalProperties': False}}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'emotion', 'emotion_family', 'intensity', 'problem', 'since', 'tried', 'request', 'request_text', 'format', 'title', 'body', 'edited', 'followups', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'emotion', 'emotion_family', 'intensity', 'problem', 'since', 'tried', 'request', 'request_text', 'format', 'title', 'body', 'edited', 'followups', 'created_at', 'updated_at']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/help_requests.schema.json', 'title': 'help request', 'description': 'A message composed with the 3-step rule (name the emotion, specify the problem, make a clear request), the format it was saved in, and its follow-ups. `title` and `body` are the message as saved (edited by the person when `edited` is true); the step fields are kept so the request can be recomposed. Follow-ups live inside the record (they are always read with their request): who answered, whether it helped, a note.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'emotion': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'emotion_family': {'enum': ['sad', 'afraid', 'angry', 'ashamed', 'lonely', 'tired', 'restless', 'hopeful', None]}, 'intensity': {'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, 'problem': {'type': 'string', 'minLength': 1, 'maxLength': 2000}, 'since': {'type': ['string', 'null'], 'maxLength': 300}, 'tried': {'type': ['string', 'null'], 'maxLength': 300}, 'request': {'enum': ['advice', 'talk', 'checkin', 'stories', 'own']}, 'request_text': {'type': ['string', 'null'], 'maxLength': 1000}, 'format': {'enum': ['forum', 'text', 'chat']}, 'title': {'type': ['string', 'null'], 'maxLength': 500}, 'body': {'type': 'string', 'minLength': 1, 'maxLength': 20000}, 'edited': {'type': 'boolean'}, 'followups': {'type': 'array', 'items': {'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'helpful': {'type': 'boolean'}, 'from': {'type': ['string', 'null'], 'maxLength': 60}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'helpful', 'from', 'note'], 'additionalProperties': False}}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'emotion', 'emotion_family', 'intensity', 'problem', 'since', 'tried', 'request', 'request_text', 'format', 'title', 'body', 'edited', 'followups', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='required')
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
        if "emotion" in data_keys:
            data_keys.remove("emotion")
            data__emotion = data["emotion"]
            if not isinstance(data__emotion, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".emotion must be string", value=data__emotion, name="" + (name_prefix or "data") + ".emotion", definition={'type': 'string', 'minLength': 1, 'maxLength': 60}, rule='type')
            if isinstance(data__emotion, str):
                data__emotion_len = len(data__emotion)
                if data__emotion_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".emotion must be longer than or equal to 1 characters", value=data__emotion, name="" + (name_prefix or "data") + ".emotion", definition={'type': 'string', 'minLength': 1, 'maxLength': 60}, rule='minLength')
                if data__emotion_len > 60:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".emotion must be shorter than or equal to 60 characters", value=data__emotion, name="" + (name_prefix or "data") + ".emotion", definition={'type': 'string', 'minLength': 1, 'maxLength': 60}, rule='maxLength')
        if "emotion_family" in data_keys:
            data_keys.remove("emotion_family")
            data__emotionfamily = data["emotion_family"]
            if not (isinstance(data__emotionfamily, str) and data__emotionfamily == 'sad' or isinstance(data__emotionfamily, str) and data__emotionfamily == 'afraid' or isinstance(data__emotionfamily, str) and data__emotionfamily == 'angry' or isinstance(data__emotionfamily, str) and data__emotionfamily == 'ashamed' or isinstance(data__emotionfamily, str) and data__emotionfamily == 'lonely' or isinstance(data__emotionfamily, str) and data__emotionfamily == 'tired' or isinstance(data__emotionfamily, str) and data__emotionfamily == 'restless' or isinstance(data__emotionfamily, str) and data__emotionfamily == 'hopeful' or data__emotionfamily is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".emotion_family must be one of ['sad', 'afraid', 'angry', 'ashamed', 'lonely', 'tired', 'restless', 'hopeful', None]", value=data__emotionfamily, name="" + (name_prefix or "data") + ".emotion_family", definition={'enum': ['sad', 'afraid', 'angry', 'ashamed', 'lonely', 'tired', 'restless', 'hopeful', None]}, rule='enum')
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
        if "problem" in data_keys:
            data_keys.remove("problem")
            data__problem = data["problem"]
            if not isinstance(data__problem, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".problem must be string", value=data__problem, name="" + (name_prefix or "data") + ".problem", definition={'type': 'string', 'minLength': 1, 'maxLength': 2000}, rule='type')
            if isinstance(data__problem, str):
                data__problem_len = len(data__problem)
                if data__problem_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".problem must be longer than or equal to 1 characters", value=data__problem, name="" + (name_prefix or "data") + ".problem", definition={'type': 'string', 'minLength': 1, 'maxLength': 2000}, rule='minLength')
                if data__problem_len > 2000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".problem must be shorter than or equal to 2000 characters", value=data__problem, name="" + (name_prefix or "data") + ".problem", definition={'type': 'string', 'minLength': 1, 'maxLength': 2000}, rule='maxLength')
        if "since" in data_keys:
            data_keys.remove("since")
            data__since = data["since"]
            if not isinstance(data__since, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".since must be string or null", value=data__since, name="" + (name_prefix or "data") + ".since", definition={'type': ['string', 'null'], 'maxLength': 300}, rule='type')
            if isinstance(data__since, str):
                data__since_len = len(data__since)
                if data__since_len > 300:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".since must be shorter than or equal to 300 characters", value=data__since, name="" + (name_prefix or "data") + ".since", definition={'type': ['string', 'null'], 'maxLength': 300}, rule='maxLength')
        if "tried" in data_keys:
            data_keys.remove("tried")
            data__tried = data["tried"]
            if not isinstance(data__tried, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tried must be string or null", value=data__tried, name="" + (name_prefix or "data") + ".tried", definition={'type': ['string', 'null'], 'maxLength': 300}, rule='type')
            if isinstance(data__tried, str):
                data__tried_len = len(data__tried)
                if data__tried_len > 300:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tried must be shorter than or equal to 300 characters", value=data__tried, name="" + (name_prefix or "data") + ".tried", definition={'type': ['string', 'null'], 'maxLength': 300}, rule='maxLength')
        if "request" in data_keys:
            data_keys.remove("request")
            data__request = data["request"]
            if not (isinstance(data__request, str) and data__request == 'advice' or isinstance(data__request, str) and data__request == 'talk' or isinstance(data__request, str) and data__request == 'checkin' or isinstance(data__request, str) and data__request == 'stories' or isinstance(data__request, str) and data__request == 'own'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".request must be one of ['advice', 'talk', 'checkin', 'stories', 'own']", value=data__request, name="" + (name_prefix or "data") + ".request", definition={'enum': ['advice', 'talk', 'checkin', 'stories', 'own']}, rule='enum')
        if "request_text" in data_keys:
            data_keys.remove("request_text")
            data__requesttext = data["request_text"]
            if not isinstance(data__requesttext, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".request_text must be string or null", value=data__requesttext, name="" + (name_prefix or "data") + ".request_text", definition={'type': ['string', 'null'], 'maxLength': 1000}, rule='type')
            if isinstance(data__requesttext, str):
                data__requesttext_len = len(data__requesttext)
                if data__requesttext_len > 1000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".request_text must be shorter than or equal to 1000 characters", value=data__requesttext, name="" + (name_prefix or "data") + ".request_text", definition={'type': ['string', 'null'], 'maxLength': 1000}, rule='maxLength')
        if "format" in data_keys:
            data_keys.remove("format")
            data__format = data["format"]
            if not (isinstance(data__format, str) and data__format == 'forum' or isinstance(data__format, str) and data__format == 'text' or isinstance(data__format, str) and data__format == 'chat'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".format must be one of ['forum', 'text', 'chat']", value=data__format, name="" + (name_prefix or "data") + ".format", definition={'enum': ['forum', 'text', 'chat']}, rule='enum')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string or null", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': ['string', 'null'], 'maxLength': 500}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be shorter than or equal to 500 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': ['string', 'null'], 'maxLength': 500}, rule='maxLength')
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
        if "edited" in data_keys:
            data_keys.remove("edited")
            data__edited = data["edited"]
            if not isinstance(data__edited, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".edited must be boolean", value=data__edited, name="" + (name_prefix or "data") + ".edited", definition={'type': 'boolean'}, rule='type')
        if "followups" in data_keys:
            data_keys.remove("followups")
            data__followups = data["followups"]
            if not isinstance(data__followups, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".followups must be array", value=data__followups, name="" + (name_prefix or "data") + ".followups", definition={'type': 'array', 'items': {'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'helpful': {'type': 'boolean'}, 'from': {'type': ['string', 'null'], 'maxLength': 60}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'helpful', 'from', 'note'], 'additionalProperties': False}}, rule='type')
            data__followups_is_list = isinstance(data__followups, (list, tuple))
            if data__followups_is_list:
                data__followups_len = len(data__followups)
                for data__followups_x, data__followups_item in enumerate(data__followups):
                    if not isinstance(data__followups_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".followups[{data__followups_x}]".format(**locals()) + " must be object", value=data__followups_item, name="" + (name_prefix or "data") + ".followups[{data__followups_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'helpful': {'type': 'boolean'}, 'from': {'type': ['string', 'null'], 'maxLength': 60}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'helpful', 'from', 'note'], 'additionalProperties': False}, rule='type')
                    data__followups_item_is_dict = isinstance(data__followups_item, dict)
                    if data__followups_item_is_dict:
                        data__followups_item__missing_keys = set(['at', 'helpful', 'from', 'note']) - data__followups_item.keys()
                        if data__followups_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".followups[{data__followups_x}]".format(**locals()) + " must contain " + (str(sorted(data__followups_item__missing_keys)) + " properties"), value=data__followups_item, name="" + (name_prefix or "data") + ".followups[{data__followups_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'helpful': {'type': 'boolean'}, 'from': {'type': ['string', 'null'], 'maxLength': 60}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'helpful', 'from', 'note'], 'additionalProperties': False}, rule='required')
                        data__followups_item_keys = set(data__followups_item.keys())
                        if "at" in data__followups_item_keys:
                            data__followups_item_keys.remove("at")
                            data__followups_item__at = data__followups_item["at"]
                            if not isinstance(data__followups_item__at, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".followups[{data__followups_x}].at".format(**locals()) + " must be string", value=data__followups_item__at, name="" + (name_prefix or "data") + ".followups[{data__followups_x}].at".format(**locals()) + "", definition={'type': 'string', 'format': 'date-time'}, rule='type')
                            if isinstance(data__followups_item__at, str):
                                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__followups_item__at):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".followups[{data__followups_x}].at".format(**locals()) + " must be date-time", value=data__followups_item__at, name="" + (name_prefix or "data") + ".followups[{data__followups_x}].at".format(**locals()) + "", definition={'type': 'string', 'format': 'date-time'}, rule='format')
                        if "helpful" in data__followups_item_keys:
                            data__followups_item_keys.remove("helpful")
                            data__followups_item__helpful = data__followups_item["helpful"]
                            if not isinstance(data__followups_item__helpful, (bool)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".followups[{data__followups_x}].helpful".format(**locals()) + " must be boolean", value=data__followups_item__helpful, name="" + (name_prefix or "data") + ".followups[{data__followups_x}].helpful".format(**locals()) + "", definition={'type': 'boolean'}, rule='type')
                        if "from" in data__followups_item_keys:
                            data__followups_item_keys.remove("from")
                            data__followups_item__from = data__followups_item["from"]
                            if not isinstance(data__followups_item__from, (str, NoneType)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".followups[{data__followups_x}].from".format(**locals()) + " must be string or null", value=data__followups_item__from, name="" + (name_prefix or "data") + ".followups[{data__followups_x}].from".format(**locals()) + "", definition={'type': ['string', 'null'], 'maxLength': 60}, rule='type')
                            if isinstance(data__followups_item__from, str):
                                data__followups_item__from_len = len(data__followups_item__from)
                                if data__followups_item__from_len > 60:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".followups[{data__followups_x}].from".format(**locals()) + " must be shorter than or equal to 60 characters", value=data__followups_item__from, name="" + (name_prefix or "data") + ".followups[{data__followups_x}].from".format(**locals()) + "", definition={'type': ['string', 'null'], 'maxLength': 60}, rule='maxLength')
                        if "note" in data__followups_item_keys:
                            data__followups_item_keys.remove("note")
                            data__followups_item__note = data__followups_item["note"]
                            if not isinstance(data__followups_item__note, (str, NoneType)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".followups[{data__followups_x}].note".format(**locals()) + " must be string or null", value=data__followups_item__note, name="" + (name_prefix or "data") + ".followups[{data__followups_x}].note".format(**locals()) + "", definition={'type': ['string', 'null'], 'maxLength': 2000}, rule='type')
                            if isinstance(data__followups_item__note, str):
                                data__followups_item__note_len = len(data__followups_item__note)
                                if data__followups_item__note_len > 2000:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".followups[{data__followups_x}].note".format(**locals()) + " must be shorter than or equal to 2000 characters", value=data__followups_item__note, name="" + (name_prefix or "data") + ".followups[{data__followups_x}].note".format(**locals()) + "", definition={'type': ['string', 'null'], 'maxLength': 2000}, rule='maxLength')
                        if data__followups_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".followups[{data__followups_x}]".format(**locals()) + " must not contain "+str(data__followups_item_keys)+" properties", value=data__followups_item, name="" + (name_prefix or "data") + ".followups[{data__followups_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'helpful': {'type': 'boolean'}, 'from': {'type': ['string', 'null'], 'maxLength': 60}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'helpful', 'from', 'note'], 'additionalProperties': False}, rule='additionalProperties')
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
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/help_requests.schema.json', 'title': 'help request', 'description': 'A message composed with the 3-step rule (name the emotion, specify the problem, make a clear request), the format it was saved in, and its follow-ups. `title` and `body` are the message as saved (edited by the person when `edited` is true); the step fields are kept so the request can be recomposed. Follow-ups live inside the record (they are always read with their request): who answered, whether it helped, a note.', 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'emotion': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'emotion_family': {'enum': ['sad', 'afraid', 'angry', 'ashamed', 'lonely', 'tired', 'restless', 'hopeful', None]}, 'intensity': {'type': ['integer', 'null'], 'minimum': 0, 'maximum': 10}, 'problem': {'type': 'string', 'minLength': 1, 'maxLength': 2000}, 'since': {'type': ['string', 'null'], 'maxLength': 300}, 'tried': {'type': ['string', 'null'], 'maxLength': 300}, 'request': {'enum': ['advice', 'talk', 'checkin', 'stories', 'own']}, 'request_text': {'type': ['string', 'null'], 'maxLength': 1000}, 'format': {'enum': ['forum', 'text', 'chat']}, 'title': {'type': ['string', 'null'], 'maxLength': 500}, 'body': {'type': 'string', 'minLength': 1, 'maxLength': 20000}, 'edited': {'type': 'boolean'}, 'followups': {'type': 'array', 'items': {'type': 'object', 'properties': {'at': {'type': 'string', 'format': 'date-time'}, 'helpful': {'type': 'boolean'}, 'from': {'type': ['string', 'null'], 'maxLength': 60}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}}, 'required': ['at', 'helpful', 'from', 'note'], 'additionalProperties': False}}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'emotion', 'emotion_family', 'intensity', 'problem', 'since', 'tried', 'request', 'request_text', 'format', 'title', 'body', 'edited', 'followups', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='additionalProperties')
    return data


validate = validate_https___recover_local_data_schema_help_requests_schema_json
