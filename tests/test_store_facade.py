"""The Store facade offers every public method of its repositories, with the same signature."""

from __future__ import annotations

import inspect
from typing import get_type_hints

import pytest

from inspector.store import Store
from inspector.store.catalog import Catalog
from inspector.store.evidence import Evidence
from inspector.store.headoffice import HeadOffice
from inspector.store.imports import Imports
from inspector.store.inspections import Inspections
from inspector.store.signoff import Signoff

REPOSITORIES = {"catalog": Catalog, "inspections": Inspections, "evidence": Evidence, "signoff": Signoff,
                "imports": Imports, "headoffice": HeadOffice}


def _public_methods(cls: type) -> list[str]:
    return [name for name, value in vars(cls).items() if callable(value) and not name.startswith("_")]


@pytest.mark.parametrize("attribute", sorted(REPOSITORIES))
def test_facade_has_every_repository_method_with_its_signature(attribute):
    repository = REPOSITORIES[attribute]
    for name in _public_methods(repository):
        assert hasattr(Store, name), f"Store has no {name}() of {repository.__name__}"
        theirs, ours = inspect.signature(getattr(repository, name)), inspect.signature(getattr(Store, name))
        assert list(ours.parameters) == list(theirs.parameters), name
        assert [p.default for p in ours.parameters.values()] == [p.default for p in theirs.parameters.values()], name


def test_facade_methods_reach_the_repository(tmp_path):
    with Store(tmp_path / "inspector.db", actor="tester") as store:
        branch = store.add_branch("0101", "城东支行")
        assert store.catalog.get_branch(branch.id) == branch
        assert store.has_inspection() is False
        assert isinstance(store.inspections, Inspections)
        assert get_type_hints(Store.get_branch)["return"].__name__ == "Branch"
