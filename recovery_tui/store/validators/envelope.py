# GENERATED FILE, do not edit. Made from data_schema/envelope.schema.json by
#     python -m recovery_tui.store.schemas --generate
# (fastjsonschema 2.22.3, compile_to_code(schema, use_default=False)). Run that again after
# changing the schema; until then recover ignores this module and compiles the schema itself.
"""Validator for 'envelope' records, generated from data_schema/envelope.schema.json."""

SCHEMA_SHA256 = '5d16275b27750c9f280944cf2fe0de2d6faded27a75d38a9e75050cf4d3c0646'
SCHEMA_BYTES = b'{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$id": "https://recover.local/data_schema/envelope.schema.json",\n  "title": "recover data file",\n  "description": "The whole data file (and a `recover export --format json` dump): one object per table, each mapping a record id to its record. Records are described by <table>.schema.json. The meta table holds the schema version, settings and remembered state.",\n  "type": "object",\n  "properties": {\n    "meta": {\n      "type": "object",\n      "properties": {\n        "schema": {\n          "type": "object",\n          "properties": {"schema_version": {"type": "integer", "minimum": 0}},\n          "required": ["schema_version"]\n        },\n        "layout": {\n          "description": "Written by recover: a CRC-32 of each table\'s line, so a command parses only the tables it needs. Safe to delete; recover writes it again.",\n          "type": "object",\n          "properties": {"crc32": {"type": "object", "additionalProperties": {"type": "integer"}}}\n        },\n        "config": {\n          "description": "Settings from `recover config set KEY VALUE`.",\n          "type": "object",\n          "additionalProperties": {"type": ["string", "number", "integer", "boolean", "null"]}\n        }\n      },\n      "additionalProperties": {"type": "object"}\n    }\n  },\n  "additionalProperties": {\n    "type": "object",\n    "additionalProperties": {"type": "object", "required": ["id", "created_at", "updated_at"]}\n  }\n}\n'

VERSION = "2.22.3"
from decimal import Decimal
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


NoneType = type(None)

def validate_https___recover_local_data_schema_envelope_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://recover.local/data_schema/envelope.schema.json', 'title': 'recover data file', 'description': 'The whole data file (and a `recover export --format json` dump): one object per table, each mapping a record id to its record. Records are described by <table>.schema.json. The meta table holds the schema version, settings and remembered state.', 'type': 'object', 'properties': {'meta': {'type': 'object', 'properties': {'schema': {'type': 'object', 'properties': {'schema_version': {'type': 'integer', 'minimum': 0}}, 'required': ['schema_version']}, 'layout': {'description': "Written by recover: a CRC-32 of each table's line, so a command parses only the tables it needs. Safe to delete; recover writes it again.", 'type': 'object', 'properties': {'crc32': {'type': 'object', 'additionalProperties': {'type': 'integer'}}}}, 'config': {'description': 'Settings from `recover config set KEY VALUE`.', 'type': 'object', 'additionalProperties': {'type': ['string', 'number', 'integer', 'boolean', 'null']}}}, 'additionalProperties': {'type': 'object'}}}, 'additionalProperties': {'type': 'object', 'additionalProperties': {'type': 'object', 'required': ['id', 'created_at', 'updated_at']}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "meta" in data_keys:
            data_keys.remove("meta")
            data__meta = data["meta"]
            if not isinstance(data__meta, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".meta must be object", value=data__meta, name="" + (name_prefix or "data") + ".meta", definition={'type': 'object', 'properties': {'schema': {'type': 'object', 'properties': {'schema_version': {'type': 'integer', 'minimum': 0}}, 'required': ['schema_version']}, 'layout': {'description': "Written by recover: a CRC-32 of each table's line, so a command parses only the tables it needs. Safe to delete; recover writes it again.", 'type': 'object', 'properties': {'crc32': {'type': 'object', 'additionalProperties': {'type': 'integer'}}}}, 'config': {'description': 'Settings from `recover config set KEY VALUE`.', 'type': 'object', 'additionalProperties': {'type': ['string', 'number', 'integer', 'boolean', 'null']}}}, 'additionalProperties': {'type': 'object'}}, rule='type')
            data__meta_is_dict = isinstance(data__meta, dict)
            if data__meta_is_dict:
                data__meta_keys = set(data__meta.keys())
                if "schema" in data__meta_keys:
                    data__meta_keys.remove("schema")
                    data__meta__schema = data__meta["schema"]
                    if not isinstance(data__meta__schema, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".meta.schema must be object", value=data__meta__schema, name="" + (name_prefix or "data") + ".meta.schema", definition={'type': 'object', 'properties': {'schema_version': {'type': 'integer', 'minimum': 0}}, 'required': ['schema_version']}, rule='type')
                    data__meta__schema_is_dict = isinstance(data__meta__schema, dict)
                    if data__meta__schema_is_dict:
                        data__meta__schema__missing_keys = set(['schema_version']) - data__meta__schema.keys()
                        if data__meta__schema__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".meta.schema must contain " + (str(sorted(data__meta__schema__missing_keys)) + " properties"), value=data__meta__schema, name="" + (name_prefix or "data") + ".meta.schema", definition={'type': 'object', 'properties': {'schema_version': {'type': 'integer', 'minimum': 0}}, 'required': ['schema_version']}, rule='required')
                        data__meta__schema_keys = set(data__meta__schema.keys())
                        if "schema_version" in data__meta__schema_keys:
                            data__meta__schema_keys.remove("schema_version")
                            data__meta__schema__schemaversion = data__meta__schema["schema_version"]
                            if not isinstance(data__meta__schema__schemaversion, (int)) and not (isinstance(data__meta__schema__schemaversion, float) and data__meta__schema__schemaversion.is_integer()) or isinstance(data__meta__schema__schemaversion, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".meta.schema.schema_version must be integer", value=data__meta__schema__schemaversion, name="" + (name_prefix or "data") + ".meta.schema.schema_version", definition={'type': 'integer', 'minimum': 0}, rule='type')
                            if isinstance(data__meta__schema__schemaversion, (int, float, Decimal)) and not isinstance(data__meta__schema__schemaversion, bool):
                                if data__meta__schema__schemaversion < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".meta.schema.schema_version must be bigger than or equal to 0", value=data__meta__schema__schemaversion, name="" + (name_prefix or "data") + ".meta.schema.schema_version", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                if "layout" in data__meta_keys:
                    data__meta_keys.remove("layout")
                    data__meta__layout = data__meta["layout"]
                    if not isinstance(data__meta__layout, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".meta.layout must be object", value=data__meta__layout, name="" + (name_prefix or "data") + ".meta.layout", definition={'description': "Written by recover: a CRC-32 of each table's line, so a command parses only the tables it needs. Safe to delete; recover writes it again.", 'type': 'object', 'properties': {'crc32': {'type': 'object', 'additionalProperties': {'type': 'integer'}}}}, rule='type')
                    data__meta__layout_is_dict = isinstance(data__meta__layout, dict)
                    if data__meta__layout_is_dict:
                        data__meta__layout_keys = set(data__meta__layout.keys())
                        if "crc32" in data__meta__layout_keys:
                            data__meta__layout_keys.remove("crc32")
                            data__meta__layout__crc32 = data__meta__layout["crc32"]
                            if not isinstance(data__meta__layout__crc32, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".meta.layout.crc32 must be object", value=data__meta__layout__crc32, name="" + (name_prefix or "data") + ".meta.layout.crc32", definition={'type': 'object', 'additionalProperties': {'type': 'integer'}}, rule='type')
                            data__meta__layout__crc32_is_dict = isinstance(data__meta__layout__crc32, dict)
                            if data__meta__layout__crc32_is_dict:
                                data__meta__layout__crc32_keys = set(data__meta__layout__crc32.keys())
                                for data__meta__layout__crc32_key in data__meta__layout__crc32_keys:
                                    if data__meta__layout__crc32_key not in []:
                                        data__meta__layout__crc32_value = data__meta__layout__crc32.get(data__meta__layout__crc32_key)
                                        if not isinstance(data__meta__layout__crc32_value, (int)) and not (isinstance(data__meta__layout__crc32_value, float) and data__meta__layout__crc32_value.is_integer()) or isinstance(data__meta__layout__crc32_value, bool):
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".meta.layout.crc32.{data__meta__layout__crc32_key}".format(**locals()) + " must be integer", value=data__meta__layout__crc32_value, name="" + (name_prefix or "data") + ".meta.layout.crc32.{data__meta__layout__crc32_key}".format(**locals()) + "", definition={'type': 'integer'}, rule='type')
                if "config" in data__meta_keys:
                    data__meta_keys.remove("config")
                    data__meta__config = data__meta["config"]
                    if not isinstance(data__meta__config, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".meta.config must be object", value=data__meta__config, name="" + (name_prefix or "data") + ".meta.config", definition={'description': 'Settings from `recover config set KEY VALUE`.', 'type': 'object', 'additionalProperties': {'type': ['string', 'number', 'integer', 'boolean', 'null']}}, rule='type')
                    data__meta__config_is_dict = isinstance(data__meta__config, dict)
                    if data__meta__config_is_dict:
                        data__meta__config_keys = set(data__meta__config.keys())
                        for data__meta__config_key in data__meta__config_keys:
                            if data__meta__config_key not in []:
                                data__meta__config_value = data__meta__config.get(data__meta__config_key)
                                if not isinstance(data__meta__config_value, (str, int, float, Decimal, int, bool, NoneType)) and not (isinstance(data__meta__config_value, float) and data__meta__config_value.is_integer()):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".meta.config.{data__meta__config_key}".format(**locals()) + " must be string or number or integer or boolean or null", value=data__meta__config_value, name="" + (name_prefix or "data") + ".meta.config.{data__meta__config_key}".format(**locals()) + "", definition={'type': ['string', 'number', 'integer', 'boolean', 'null']}, rule='type')
                for data__meta_key in data__meta_keys:
                    if data__meta_key not in ['schema', 'layout', 'config']:
                        data__meta_value = data__meta.get(data__meta_key)
                        if not isinstance(data__meta_value, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".meta.{data__meta_key}".format(**locals()) + " must be object", value=data__meta_value, name="" + (name_prefix or "data") + ".meta.{data__meta_key}".format(**locals()) + "", definition={'type': 'object'}, rule='type')
        for data_key in data_keys:
            if data_key not in ['meta']:
                data_value = data.get(data_key)
                if not isinstance(data_value, (dict)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be object", value=data_value, name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "", definition={'type': 'object', 'additionalProperties': {'type': 'object', 'required': ['id', 'created_at', 'updated_at']}}, rule='type')
                data_value_is_dict = isinstance(data_value, dict)
                if data_value_is_dict:
                    data_value_keys = set(data_value.keys())
                    for data_value_key in data_value_keys:
                        if data_value_key not in []:
                            data_value_value = data_value.get(data_value_key)
                            if not isinstance(data_value_value, (dict)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.{data_value_key}".format(**locals()) + " must be object", value=data_value_value, name="" + (name_prefix or "data") + ".{data_key}.{data_value_key}".format(**locals()) + "", definition={'type': 'object', 'required': ['id', 'created_at', 'updated_at']}, rule='type')
                            data_value_value_is_dict = isinstance(data_value_value, dict)
                            if data_value_value_is_dict:
                                data_value_value__missing_keys = set(['id', 'created_at', 'updated_at']) - data_value_value.keys()
                                if data_value_value__missing_keys:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.{data_value_key}".format(**locals()) + " must contain " + (str(sorted(data_value_value__missing_keys)) + " properties"), value=data_value_value, name="" + (name_prefix or "data") + ".{data_key}.{data_value_key}".format(**locals()) + "", definition={'type': 'object', 'required': ['id', 'created_at', 'updated_at']}, rule='required')
    return data


validate = validate_https___recover_local_data_schema_envelope_schema_json
