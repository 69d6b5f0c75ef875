# GENERATED FILE, do not edit. Made from data_schema/reward_claims.schema.json by
#     python -m recovery_tui.store.schemas --generate
# (fastjsonschema 2.22.3, compile_to_code(schema, use_default=False)). Run that again after
# changing the schema; until then recover ignores this module and compiles the schema itself.
"""Validator for 'reward_claims' records, generated from data_schema/reward_claims.schema.json."""

SCHEMA_SHA256 = 'c85d07022a0eb02d96c798a88fc5ec0593f0797120801f51e46717dae3698bc2'
SCHEMA_BYTES = b'{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$id": "https://recover.local/data_schema/reward_claims.schema.json",\n  "title": "reward claim",\n  "description": "One reward claimed. The reward\'s name and cost are copied at claim time, so changing or removing the reward later never changes past claims. The points balance is everything earned (derived from the logs) minus the sum of `cost` over all claims.",\n  "type": "object",\n  "properties": {\n    "id": {"type": "string", "minLength": 1, "maxLength": 64},\n    "reward_id": {"type": ["string", "null"], "maxLength": 64},\n    "reward": {"type": "string", "minLength": 1, "maxLength": 60},\n    "cost": {"type": "integer", "minimum": 0, "maximum": 1000000},\n    "at": {"type": "string", "format": "date-time"},\n    "note": {"type": ["string", "null"], "maxLength": 2000},\n    "created_at": {"type": "string", "format": "date-time"},\n    "updated_at": {"type": "string", "format": "date-time"}\n  },\n  "required": ["id", "reward_id", "reward", "cost", "at", "note", "created_at", "updated_at"],\n  "additionalProperties": false\n}\n'

VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z')
}

NoneType = type(None)

def validate_https___recover_local_data_schema_reward_claims_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/reward_claims.schema.json', 'title': 'reward claim', 'description': "One reward claimed. The reward's name and cost are copied at claim time, so changing or removing the reward later never changes past claims. The points balance is everything earned (derived from the logs) minus the sum of `cost` over all claims.", 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'reward_id': {'type': ['string', 'null'], 'maxLength': 64}, 'reward': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'cost': {'type': 'integer', 'minimum': 0, 'maximum': 1000000}, 'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'reward_id', 'reward', 'cost', 'at', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'reward_id', 'reward', 'cost', 'at', 'note', 'created_at', 'updated_at']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/reward_claims.schema.json', 'title': 'reward claim', 'description': "One reward claimed. The reward's name and cost are copied at claim time, so changing or removing the reward later never changes past claims. The points balance is everything earned (derived from the logs) minus the sum of `cost` over all claims.", 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'reward_id': {'type': ['string', 'null'], 'maxLength': 64}, 'reward': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'cost': {'type': 'integer', 'minimum': 0, 'maximum': 1000000}, 'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'reward_id', 'reward', 'cost', 'at', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='required')
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
        if "reward_id" in data_keys:
            data_keys.remove("reward_id")
            data__rewardid = data["reward_id"]
            if not isinstance(data__rewardid, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reward_id must be string or null", value=data__rewardid, name="" + (name_prefix or "data") + ".reward_id", definition={'type': ['string', 'null'], 'maxLength': 64}, rule='type')
            if isinstance(data__rewardid, str):
                data__rewardid_len = len(data__rewardid)
                if data__rewardid_len > 64:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reward_id must be shorter than or equal to 64 characters", value=data__rewardid, name="" + (name_prefix or "data") + ".reward_id", definition={'type': ['string', 'null'], 'maxLength': 64}, rule='maxLength')
        if "reward" in data_keys:
            data_keys.remove("reward")
            data__reward = data["reward"]
            if not isinstance(data__reward, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reward must be string", value=data__reward, name="" + (name_prefix or "data") + ".reward", definition={'type': 'string', 'minLength': 1, 'maxLength': 60}, rule='type')
            if isinstance(data__reward, str):
                data__reward_len = len(data__reward)
                if data__reward_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reward must be longer than or equal to 1 characters", value=data__reward, name="" + (name_prefix or "data") + ".reward", definition={'type': 'string', 'minLength': 1, 'maxLength': 60}, rule='minLength')
                if data__reward_len > 60:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reward must be shorter than or equal to 60 characters", value=data__reward, name="" + (name_prefix or "data") + ".reward", definition={'type': 'string', 'minLength': 1, 'maxLength': 60}, rule='maxLength')
        if "cost" in data_keys:
            data_keys.remove("cost")
            data__cost = data["cost"]
            if not isinstance(data__cost, (int)) and not (isinstance(data__cost, float) and data__cost.is_integer()) or isinstance(data__cost, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost must be integer", value=data__cost, name="" + (name_prefix or "data") + ".cost", definition={'type': 'integer', 'minimum': 0, 'maximum': 1000000}, rule='type')
            if isinstance(data__cost, (int, float, Decimal)) and not isinstance(data__cost, bool):
                if data__cost < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost must be bigger than or equal to 0", value=data__cost, name="" + (name_prefix or "data") + ".cost", definition={'type': 'integer', 'minimum': 0, 'maximum': 1000000}, rule='minimum')
                if data__cost > 1000000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".cost must be smaller than or equal to 1000000", value=data__cost, name="" + (name_prefix or "data") + ".cost", definition={'type': 'integer', 'minimum': 0, 'maximum': 1000000}, rule='maximum')
        if "at" in data_keys:
            data_keys.remove("at")
            data__at = data["at"]
            if not isinstance(data__at, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".at must be string", value=data__at, name="" + (name_prefix or "data") + ".at", definition={'type': 'string', 'format': 'date-time'}, rule='type')
            if isinstance(data__at, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__at):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".at must be date-time", value=data__at, name="" + (name_prefix or "data") + ".at", definition={'type': 'string', 'format': 'date-time'}, rule='format')
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
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/reward_claims.schema.json', 'title': 'reward claim', 'description': "One reward claimed. The reward's name and cost are copied at claim time, so changing or removing the reward later never changes past claims. The points balance is everything earned (derived from the logs) minus the sum of `cost` over all claims.", 'type': 'object', 'properties': {'id': {'type': 'string', 'minLength': 1, 'maxLength': 64}, 'reward_id': {'type': ['string', 'null'], 'maxLength': 64}, 'reward': {'type': 'string', 'minLength': 1, 'maxLength': 60}, 'cost': {'type': 'integer', 'minimum': 0, 'maximum': 1000000}, 'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': ['string', 'null'], 'maxLength': 2000}, 'created_at': {'type': 'string', 'format': 'date-time'}, 'updated_at': {'type': 'string', 'format': 'date-time'}}, 'required': ['id', 'reward_id', 'reward', 'cost', 'at', 'note', 'created_at', 'updated_at'], 'additionalProperties': False}, rule='additionalProperties')
    return data


validate = validate_https___recover_local_data_schema_reward_claims_schema_json
