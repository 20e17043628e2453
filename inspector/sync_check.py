"""The inspection.json schema (bundle format 1) as data, and a validator with clear messages.

    errors = validate_data(json.loads(text))   # [] when valid

Kept as plain Python rather than JSON Schema so the messages name the field and say what
was expected; docs/bundle-format.md documents the same fields.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

from .model import INSPECTION_TYPES, RESULTS, SIGNER_ROLES, STATUSES

HEX64 = re.compile(r"^[0-9a-f]{64}$")
UUIDISH = re.compile(r"^[0-9A-Za-z-]{8,64}$")

# field: (types, required). "str?" means str or None.
_T = {"str": (str,), "str?": (str, type(None)), "int": (int,), "num": (int, float), "num?": (int, float, type(None)),
      "int?": (int, type(None)), "bool": (bool,), "list": (list,), "dict": (dict,)}

INSPECTION = {"id": "str", "branch_id": "str", "type": "str", "inspectors": "list", "template_id": "str",
              "template_version": "int", "started_at": "str", "ended_at": "str?", "status": "str",
              "corrects": "str?", "created_at": "str", "updated_at": "str"}
BRANCH = {"id": "str", "code": "str", "name": "str", "address": "str", "head": "str", "region": "str"}
TEMPLATE = {"id": "str", "version": "int", "sha256": "str", "body": "dict"}
FINDING = {"inspection_id": "str", "item_id": "str", "result": "str", "occurrences": "int", "staff": "str",
           "repeat": "bool", "note": "str", "selected": "list", "created_at": "str", "updated_at": "str"}
PHOTO = {"id": "str", "inspection_id": "str", "sha256": "str", "original_path": "str", "display_path": "str",
         "thumb_path": "str", "original_name": "str", "taken_at": "str?", "taken_at_source": "str",
         "imported_at": "str", "item_id": "str?", "width": "int", "height": "int", "gps_lat": "num?",
         "gps_lon": "num?", "annotations": "list", "member": "str"}
TIMING = {"inspection_id": "str", "item_id": "str", "kind": "str", "recorded_at": "str", "started_at": "str?",
          "stopped_at": "str?", "seconds": "num?", "waiting": "int?", "windows_open": "int?", "label": "str"}
SIGNATURE = {"role": "str", "name": "str", "title": "str", "signed_at": "str", "strokes": "list", "image_png": "str"}
RECTIFICATION = {"inspection_id": "str", "item_id": "str", "owner": "str", "deadline": "str", "status": "str",
                 "closed_at": "str?", "closing_note": "str"}
TOP = {"bundle_format": "int", "inspection": "dict", "branch": "dict", "template": "dict", "findings": "list",
       "photos": "list", "timings": "list", "signatures": "list", "rectifications": "list", "score": "dict",
       "audit": "list"}


def _type_name(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _check_fields(obj: Any, spec: dict[str, str], where: str, errors: list[str]) -> bool:
    if not isinstance(obj, dict):
        errors.append(f"{where} must be an object, not {_type_name(obj)}")
        return False
    for name, kind in spec.items():
        if name not in obj:
            errors.append(f"{where}.{name} is missing")
            continue
        value = obj[name]
        allowed = _T[kind]
        # bool is an int in Python; a true/false where a number belongs is still wrong.
        if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
            errors.append(f"{where}.{name} must be {kind.rstrip('?')}{' or null' if kind.endswith('?') else ''}, "
                          f"not {_type_name(value)} ({str(value)[:40]!r})")
    return True


def _check_list(items: list, spec: dict[str, str], where: str, errors: list[str]) -> list[dict]:
    good = []
    for index, obj in enumerate(items):
        if _check_fields(obj, spec, f"{where}[{index}]", errors):
            good.append(obj)
    return good


def validate_data(data: Any) -> list[str]:
    """Every problem of an inspection.json document, each naming the field; [] when valid."""
    errors: list[str] = []
    if not _check_fields(data, TOP, "inspection.json", errors):
        return errors
    if data.get("bundle_format") != 1:
        return [f"bundle_format is {data.get('bundle_format')!r}; this version of Inspector reads format 1. "
                "Update Inspector at head office."]
    if errors:
        return errors
    ins, branch, template = data["inspection"], data["branch"], data["template"]
    _check_fields(ins, INSPECTION, "inspection", errors)
    _check_fields(branch, BRANCH, "branch", errors)
    _check_fields(template, TEMPLATE, "template", errors)
    findings = _check_list(data["findings"], FINDING, "findings", errors)
    photos = _check_list(data["photos"], PHOTO, "photos", errors)
    timings = _check_list(data["timings"], TIMING, "timings", errors)
    signatures = _check_list(data["signatures"], SIGNATURE, "signatures", errors)
    rects = _check_list(data["rectifications"], RECTIFICATION, "rectifications", errors)
    if errors:
        return errors
    iid = ins["id"]
    if not UUIDISH.match(iid):
        errors.append(f"inspection.id {iid!r} is not an inspection id")
    if ins["type"] not in INSPECTION_TYPES:
        errors.append(f"inspection.type {ins['type']!r} is not one of {', '.join(INSPECTION_TYPES)}")
    if ins["status"] != "signed":
        errors.append(f"inspection.status is {ins['status']!r}; a bundle carries only a signed inspection"
                      if ins["status"] in STATUSES else f"inspection.status {ins['status']!r} is unknown")
    if not all(isinstance(name, str) for name in ins["inspectors"]):
        errors.append("inspection.inspectors must be a list of names")
    if ins["branch_id"] != branch["id"]:
        errors.append("inspection.branch_id does not match branch.id")
    if not branch["code"].strip():
        errors.append("branch.code is empty; head office matches branches by code")
    if (template["id"], template["version"]) != (ins["template_id"], ins["template_version"]):
        errors.append("template id/version do not match inspection.template_id/template_version")
    body = template["body"]
    if body.get("id") != template["id"] or body.get("version") != template["version"]:
        errors.append("template.body is not the template named by template.id and template.version")
    item_ids = {item.get("id") for item in body.get("items", []) if isinstance(item, dict)}
    if not item_ids:
        errors.append("template.body has no items")
    for group, rows in (("findings", findings), ("photos", photos), ("timings", timings),
                        ("rectifications", rects)):
        for index, row in enumerate(rows):
            if row["inspection_id"] != iid:
                errors.append(f"{group}[{index}].inspection_id is not this inspection's id")
            if row.get("item_id") is not None and row["item_id"] not in item_ids:
                errors.append(f"{group}[{index}].item_id {row['item_id']!r} is not in template "
                              f"{template['id']} version {template['version']}")
    seen_items = set()
    for index, f in enumerate(findings):
        if f["result"] not in RESULTS:
            errors.append(f"findings[{index}].result {f['result']!r} is not one of {', '.join(RESULTS)}")
        if f["occurrences"] < 1:
            errors.append(f"findings[{index}].occurrences must be at least 1")
        if f["item_id"] in seen_items:
            errors.append(f"findings[{index}]: item {f['item_id']} appears twice")
        seen_items.add(f["item_id"])
    for index, p in enumerate(photos):
        if not HEX64.match(p["sha256"]):
            errors.append(f"photos[{index}].sha256 is not a SHA-256 in lower-case hex")
        elif not p["member"].startswith(f"photos/{p['sha256']}."):
            errors.append(f"photos[{index}].member {p['member']!r} must be photos/<sha256>.<ext>")
    for index, t in enumerate(timings):
        if t["kind"] not in ("wait", "count"):
            errors.append(f"timings[{index}].kind {t['kind']!r} must be 'wait' or 'count'")
    roles = [s["role"] for s in signatures]
    if sorted(roles) != sorted(SIGNER_ROLES):
        errors.append(f"signatures must hold exactly one of each role {', '.join(SIGNER_ROLES)}; found {roles}")
    for index, s in enumerate(signatures):
        try:
            base64.b64decode(s["image_png"], validate=True)
        except (binascii.Error, ValueError):
            errors.append(f"signatures[{index}].image_png is not base64")
    for index, r in enumerate(rects):
        if r["status"] not in ("open", "closed"):
            errors.append(f"rectifications[{index}].status {r['status']!r} must be 'open' or 'closed'")
    return errors
