/// The OpenAPI 3 description `GET /openapi.json` serves, written by hand.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.0.3",
      "info": {
        "title": "FrenchText",
        "version": "0.12",
        "description": "Who said what, about whom, where and when, in French press releases and news: quotes with speakers, entities, dates, inclusive forms."
      },
      "servers": [{"url": "http://127.0.0.1:8080"}],
      "paths": {
        "/analyze": {
          "post": {
            "summary": "Analyse one document",
            "description": "The body is the text itself (UTF-8) or, with Content-Type application/json, an object {text, name, date}. The answer is the document's JSON, the same as `frtext report --format json` prints for it.",
            "parameters": [
              {"name": "name", "in": "query", "required": false, "schema": {"type": "string"}, "description": "The document's name or path (its folder is its source); without it the document is `stdin`, as with `frtext report -`."},
              {"name": "date", "in": "query", "required": false, "schema": {"type": "string", "format": "date"}, "description": "The document's date (YYYY-MM-DD); without it, the date the text gives."}
            ],
            "requestBody": {
              "required": true,
              "content": {
                "text/plain": {"schema": {"type": "string"}, "example": "« Nous resterons mobilisés », a déclaré Anna Wright, d’Amnesty International, le 1er septembre 2025."},
                "application/json": {"schema": {"$ref": "#/components/schemas/AnalyzeRequest"}}
              }
            },
            "responses": {
              "200": {"description": "The document's analysis", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}}}},
              "400": {"description": "Bad UTF-8 (FT001), empty text (FT002), binary data (FT003), bad JSON (FT060) or a bad field (FT061)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "413": {"description": "Body over the size limit (FT005)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "503": {"description": "Every analysis slot taken and the queue full (FT062)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          }
        },
        "/health": {
          "get": {
            "summary": "Liveness",
            "responses": {"200": {"description": "The server runs", "content": {"application/json": {"schema": {"type": "object", "properties": {"status": {"type": "string", "enum": ["ok"]}, "version": {"type": "string"}}, "required": ["status"]}}}}}
          }
        },
        "/openapi.json": {
          "get": {
            "summary": "This document",
            "responses": {"200": {"description": "OpenAPI 3", "content": {"application/json": {"schema": {"type": "object"}}}}}
          }
        }
      },
      "components": {
        "schemas": {
          "AnalyzeRequest": {
            "type": "object",
            "required": ["text"],
            "properties": {
              "text": {"type": "string"},
              "name": {"type": "string", "description": "File name or path, as on the command line"},
              "date": {"type": "string", "format": "date"}
            }
          },
          "Error": {
            "type": "object",
            "required": ["error"],
            "properties": {
              "error": {
                "type": "object",
                "required": ["code", "message"],
                "properties": {"code": {"type": "string", "example": "FT001"}, "message": {"type": "string"}}
              }
            }
          },
          "Document": {
            "type": "object",
            "description": "Offsets are Unicode code points, start inclusive, end exclusive.",
            "required": ["document", "paragraphs", "sentences", "tokens", "quotes", "entities", "inclusive", "warnings"],
            "properties": {
              "document": {"type": "string"},
              "path": {"type": "string"},
              "source": {"type": "string"},
              "date": {"type": "string", "format": "date"},
              "encoding": {"type": "string"},
              "bytes": {"type": "integer"},
              "characters": {"type": "integer"},
              "paragraphs": {"type": "integer"},
              "sentences": {"type": "integer"},
              "tokens": {"type": "integer"},
              "warnings": {"type": "array", "items": {"type": "string"}},
              "quotes": {"type": "array", "items": {"$ref": "#/components/schemas/Quote"}},
              "entities": {"type": "array", "items": {"$ref": "#/components/schemas/Entity"}},
              "inclusive": {"type": "array", "items": {"$ref": "#/components/schemas/Inclusive"}}
            }
          },
          "Quote": {
            "type": "object",
            "required": ["kind", "text", "start", "end", "paragraph", "confidence", "rule"],
            "properties": {
              "kind": {"type": "string", "enum": ["direct", "indirect", "fragment"]},
              "text": {"type": "string"},
              "start": {"type": "integer"},
              "end": {"type": "integer"},
              "paragraph": {"type": "integer"},
              "speaker": {"type": "string"},
              "speaker_mention": {"type": "string"},
              "speaker_start": {"type": "integer"},
              "speaker_end": {"type": "integer"},
              "speaker_type": {"type": "string"},
              "speaker_role": {"type": "string"},
              "speaker_organisation": {"type": "string"},
              "speaker_gender": {"type": "string"},
              "speaker_resolution": {"type": "string", "description": "how stage 2 linked the speaker (pronoun, role, demonym…)"},
              "cue": {"type": "string"},
              "confidence": {"type": "number", "description": "share of right speakers among quotes attributed the same way on annotated news"},
              "rule": {"type": "string"}
            }
          },
          "Entity": {
            "type": "object",
            "required": ["text", "type", "start", "end", "canonical", "rule"],
            "properties": {
              "text": {"type": "string"},
              "type": {"type": "string"},
              "start": {"type": "integer"},
              "end": {"type": "integer"},
              "canonical": {"type": "string"},
              "value": {"type": "string"},
              "rule": {"type": "string"}
            }
          },
          "Inclusive": {
            "type": "object",
            "required": ["form", "masc", "fem", "start", "end"],
            "properties": {
              "form": {"type": "string"},
              "masc": {"type": "string"},
              "fem": {"type": "string"},
              "start": {"type": "integer"},
              "end": {"type": "integer"}
            }
          }
        }
      }
    }

    """#
}
