"""An inspection keeps the checklist it began with when head office loads a new version."""

from __future__ import annotations

import copy

from inspector.store import Store
from inspector.templates import builtin_templates


def test_old_inspection_keeps_score_and_shape_under_a_new_builtin_version(data_dir):
    v1 = builtin_templates()[-1]
    with Store(data_dir.database) as store:
        store.store_template(v1)
        branch = store.add_branch("0101", "城东支行")
        old = store.create_inspection(branch.id, "onsite", ["张三"])
        failed = [item["id"] for item in v1["items"][:3]]
        for item_id in failed:
            store.set_finding(old.id, item_id, result="fail")
        before = store.score_of(old.id)

        v2 = copy.deepcopy(v1)
        v2["version"] = v1["version"] + 1
        for item in v2["items"]:
            item["deduction"] = item["deduction"] * 3
            item.pop("cap", None)
        v2["items"] = v2["items"][1:]  # the first item was dropped from the new checklist
        store.store_template(v2)

        assert store.score_of(old.id) == before
        assert len(store.template_of(store.get_inspection(old.id))["items"]) == len(v1["items"])
        new = store.create_inspection(branch.id, "onsite", ["张三"])
        assert new.template_version == v2["version"]
        for item_id in failed[1:]:
            store.set_finding(new.id, item_id, result="fail")
        assert store.score_of(new.id).points_lost > 0
        listed = {row.inspection.id: row.score for row in store.list_inspections(branch_id=branch.id)}
        assert listed[old.id] == before.score  # the cached score in lists is the old template's too
