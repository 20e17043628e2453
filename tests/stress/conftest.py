"""Helpers for the stress suites: small real filesystems (tmpfs, read-only bind mounts) and
one genuine signed sync bundle shared by the tamper and fuzz suites.

Mounting needs root and a kernel that allows it (a container may not); tests that need a
mount skip with the reason, and the suites keep an OS-level fallback that always runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from inspector.demo import DEMO_PASSPHRASE, ensure_demo_identity, fill_demo
from inspector.paths import DataDir
from inspector.store import Store
from tests.conftest import MINI_TEMPLATE


def _mount(args: list[str]) -> str | None:
    """Run mount; None on success, else why it failed."""
    if os.geteuid() != 0:
        return "not root"
    try:
        done = subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return str(exc)
    return None if done.returncode == 0 else (done.stderr.strip() or f"mount exited {done.returncode}")


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, timeout=30)


@contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    """A fresh tmpfs of `size` (e.g. "2m") at `path`; skips the test when mounting is not allowed."""
    path.mkdir(parents=True, exist_ok=True)
    problem = _mount(["-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)])
    if problem:
        pytest.skip(f"cannot mount a tmpfs here ({problem}); the RLIMIT_FSIZE tests cover full disks instead")
    try:
        yield path
    finally:
        _umount(path)


@contextmanager
def read_only_bind(source: Path, target: Path) -> Iterator[Path]:
    """`source` seen read-only at `target` (a read-only filesystem, which even root cannot write)."""
    target.mkdir(parents=True, exist_ok=True)
    problem = _mount(["--bind", str(source), str(target)])
    if problem:
        pytest.skip(f"cannot bind-mount here ({problem}); the file-mode read-only tests still run")
    try:
        problem = _mount(["-o", "remount,bind,ro", str(target)])
        if problem:
            pytest.skip(f"cannot remount read-only here ({problem})")
        yield target
    finally:
        _umount(target)


def fill_disk(folder: Path, leave: int = 0) -> Path:
    """Fill the filesystem of `folder` with one file, then free about `leave` bytes again."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    block = b"\0" * 65536
    try:
        while True:
            try:
                os.write(fd, block)
            except OSError:
                if len(block) == 512:
                    break
                block = block[: len(block) // 2]
        if leave:
            os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave))
    finally:
        os.close(fd)
    return filler


@pytest.fixture(scope="session")
def signed_bundle(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A signed demo inspection: its bundle, the signed report inside it and a trust folder."""
    sync = pytest.importorskip("inspector.sync")
    root = tmp_path_factory.mktemp("signed-bundle")
    data = DataDir(root / "laptop")
    with Store(data.database, actor="clerk") as store:
        store.store_template(json.loads(json.dumps(MINI_TEMPLATE)))
        ids = fill_demo(store, data, inspections=3)
        identity = ensure_demo_identity(data.keys)
        signed = next(i for i in ids if store.get_inspection(i).status == "signed")
        bundle = sync.build_bundle(store, signed, root / "outbox", sync.bundle_signer(data.keys, DEMO_PASSPHRASE))
    trust = root / "trust"
    trust.mkdir()
    (trust / "laptop.pem").write_bytes(identity.certificate.public_bytes(serialization.Encoding.PEM))
    with zipfile.ZipFile(bundle) as zf:
        pdf = zf.read("report.pdf")
        photos = sum(name.startswith("photos/") for name in zf.namelist())
    return {"sync": sync, "bundle": bundle, "pdf": pdf, "trust": trust, "photos": photos}
