"""The OpenAPI 3 description of the HTTP API (served at /api/openapi.json)."""

from __future__ import annotations

__all__ = ["openapi_document"]

_ERROR = {
    "description": "bad input",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}


def _q(required=True):
    return {
        "name": "q",
        "in": "query",
        "required": required,
        "schema": {"type": "string", "minLength": 1, "maxLength": 1000},
        "description": "question or query (Korean or any language)",
    }


def openapi_document() -> dict:
    entity_ref = {"$ref": "#/components/schemas/EntitySummary"}
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "kgsearch",
            "version": "0.1.0",
            "description": "Korean knowledge graph and semantic search",
        },
        "paths": {
            "/healthz": {
                "get": {
                    "summary": "liveness",
                    "responses": {
                        "200": {
                            "description": "loaded",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {"status": {"type": "string"}},
                                    }
                                }
                            },
                        }
                    },
                }
            },
            "/api/search": {
                "get": {
                    "summary": "ranked evidence sentences",
                    "parameters": [
                        _q(),
                        {
                            "name": "k",
                            "in": "query",
                            "schema": {
                                "type": "integer",
                                "minimum": 1,
                                "maximum": 100,
                                "default": 10,
                            },
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "hits",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "query": {"type": "string"},
                                            "hits": {
                                                "type": "array",
                                                "items": {"$ref": "#/components/schemas/Hit"},
                                            },
                                        },
                                    }
                                }
                            },
                        },
                        "400": _ERROR,
                    },
                }
            },
            "/api/ask": {
                "get": {
                    "summary": "an answer with evidence",
                    "parameters": [_q()],
                    "responses": {
                        "200": {
                            "description": "answer",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Answer"}
                                }
                            },
                        },
                        "400": _ERROR,
                    },
                }
            },
            "/api/entities/{name}": {
                "get": {
                    "summary": "one entity by id or alias",
                    "parameters": [
                        {
                            "name": "name",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "entity",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Entity"}
                                }
                            },
                        },
                        "404": _ERROR,
                    },
                }
            },
            "/api/graph": {
                "get": {
                    "summary": "graph export",
                    "parameters": [
                        {
                            "name": "format",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["json", "graphml", "cypher"]},
                        },
                        {"name": "entity", "in": "query", "schema": {"type": "string"}},
                        {
                            "name": "depth",
                            "in": "query",
                            "schema": {"type": "integer", "minimum": 0, "maximum": 5, "default": 1},
                        },
                        {
                            "name": "doc",
                            "in": "query",
                            "description": "only what this document names and states",
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "lexical",
                            "in": "query",
                            "description": "0 leaves out the document and sentence nodes",
                            "schema": {"type": "string", "enum": ["0", "1"], "default": "1"},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "the export",
                            "content": {
                                "application/json": {"schema": {"type": "object"}},
                                "application/xml": {"schema": {"type": "string"}},
                                "text/plain": {"schema": {"type": "string"}},
                            },
                        },
                        "400": _ERROR,
                        "404": _ERROR,
                    },
                }
            },
            "/api/stats": {
                "get": {
                    "summary": "counts",
                    "responses": {
                        "200": {
                            "description": "stats",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Stats"}
                                }
                            },
                        }
                    },
                }
            },
            "/api/documents": {
                "get": {
                    "summary": "the documents: id, title, source, added, chars, sentences, entities",
                    "responses": {
                        "200": {
                            "description": "the list",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        }
                    },
                },
                "post": {
                    "summary": "add or update a document (token or loopback): a JSON body, or a "
                    "file's bytes with ?filename=NAME.txt|.md|.jsonl",
                    "parameters": [
                        {"name": "filename", "in": "query", "schema": {"type": "string"}},
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/octet-stream": {
                                "schema": {"type": "string", "format": "binary"}
                            },
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["text"],
                                    "properties": {
                                        "id": {"type": "string"},
                                        "title": {"type": "string"},
                                        "text": {"type": "string"},
                                    },
                                }
                            },
                        },
                    },
                    "responses": {
                        "201": {"description": "added"},
                        "200": {"description": "updated"},
                        "400": _ERROR,
                        "401": _ERROR,
                        "403": _ERROR,
                        "413": _ERROR,
                    },
                },
            },
            "/api/documents/{id}": {
                "get": {
                    "summary": "one document: text, sentences (ids, offsets), entity mentions",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "the document",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        "404": _ERROR,
                    },
                },
                "delete": {
                    "summary": "remove a document (token or loopback)",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {"description": "removed"},
                        "401": _ERROR,
                        "403": _ERROR,
                        "404": _ERROR,
                    },
                },
            },
        },
        "components": {
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {"error": {"type": "string"}},
                },
                "EntitySummary": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "type": {"type": "string"},
                    },
                },
                "Hit": {
                    "type": "object",
                    "required": ["sentence_id", "doc_id", "text", "score", "entities"],
                    "properties": {
                        "sentence_id": {"type": "string"},
                        "doc_id": {"type": "string"},
                        "text": {"type": "string"},
                        "score": {"type": "number"},
                        "entities": {"type": "array", "items": {"type": "object"}},
                        "explain": {"type": "object"},
                    },
                },
                "Answer": {
                    "type": "object",
                    "required": [
                        "question",
                        "answer",
                        "answer_entities",
                        "evidence",
                        "method",
                        "confidence",
                    ],
                    "properties": {
                        "question": {"type": "string"},
                        "answer": {"type": "string", "nullable": True},
                        "answer_entities": {"type": "array", "items": entity_ref},
                        "evidence": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Hit"},
                        },
                        "method": {"type": "string", "enum": ["graph", "passage", "none"]},
                        "confidence": {"type": "number"},
                        "sentence": {"type": "string"},
                    },
                },
                "Entity": {
                    "type": "object",
                    "required": ["id", "name", "type", "aliases", "mentions", "relations"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "type": {"type": "string"},
                        "aliases": {"type": "array", "items": {"type": "string"}},
                        "mentions": {"type": "integer"},
                        "relations": {"type": "array", "items": {"type": "object"}},
                    },
                },
                "Stats": {
                    "type": "object",
                    "required": [
                        "documents",
                        "sentences",
                        "entities",
                        "relations",
                        "embedder",
                        "engine",
                    ],
                    "properties": {
                        "documents": {"type": "integer"},
                        "sentences": {"type": "integer"},
                        "entities": {"type": "integer"},
                        "relations": {"type": "integer"},
                        "embedder": {"type": "string"},
                        "engine": {"type": "string"},
                    },
                },
            }
        },
    }
