"""Bundle import speed against unzipping + plain sqlite3 inserts, measured in the same run.

    python -m bench.bench_import          # 1000 bundles
    python -m bench.bench_import --quick  # 50 bundles

Bundles: N signed inspections of the small test template, each with failed items, a
rectification, two signatures and one unique 640 x 480 JPEG. Building 1000 full reports
would take minutes (reportlab, ~0.4 s each), so each bundle's report.pdf is a one-page PDF
carrying what the import checks as report/build.py writes it (the inspection id as /Subject, the
data digest in /Keywords and as text), PAdES-signed with the demo key loaded once, and manifest.sig signed with the same key, as
bundle_signer does. Verification work per bundle is therefore the same as for a real report,
only the PDF is smaller (~10 KB instead of ~150 KB+).

Ours (the headline, full verification): ``import_bundles`` into a fresh data folder with its
defaults — zip and manifest hashes, manifest.sig (one ECDSA P-256 verification, well under
1 ms; ``manifest_sig_ms_each``), schema and template check, PAdES signature verification against the
trust folder (pyHanko in full for the first report of each certificate in each worker, then the
per-document re-check of signing/recheck.py; ``verify_pdf_ms_each`` is that re-check), digest
check, in worker processes (two per core); photo originals and the signed report stored and
fsync'ed; one transaction per bundle with audit entry in this process. The photos' display
copies and thumbnails are not part of the import (the app makes them afterwards in the background, viewers on first show);
``previews_after_import_s`` reports what making them all takes.
Breakdown, same bundles: the same in one process (``workers=0``); without the signature check
(``check_signature=False``, one process); verify_pdf alone per bundle; a second import of the
same files (recognised by the file's SHA-256: no checks, no writes).

Baseline: for each bundle ``ZipFile.extractall`` into a temp folder, ``json.load`` of
inspection.json, and plain sqlite3 INSERTs of the same rows into the same schema (WAL,
synchronous=FULL, one transaction per bundle, like the store).

Baseline and ours run as three pairs, one after the other, each into fresh folders; the headline
is the median of the pairs' ratios (``pair_ratios``), since the disk's speed drifts by half within
minutes on this shared machine (the baseline alone took 2.1-4.6 s for 1000 bundles in runs of the
same day). The baseline syncs each bundle's commit; ours makes each bundle one transaction too but
syncs once at the end of the batch (Store.batch_commits: a power cut loses the latest bundles
whole, never half of one), and fsyncs each photo original and report before its transaction.
"""

from __future__ import annotations

import argparse
import base64
import copy
import io
import json
import os
import resource
import shutil
import sqlite3
import tempfile
import time
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from PIL import Image

from inspector.demo import DEMO_PASSPHRASE, ensure_demo_identity, signature_png
from inspector.model import Signature
from inspector.paths import DataDir
from inspector.photos.derived import make_missing_copies
from inspector.report.digest import DIGEST_KEYWORD, inspection_digest
from inspector.signing.keys import load_key_material, load_signer
from inspector.store import Store
from inspector.store.schema import migrate
from inspector.sync.bundle_writer import write_bundle
from inspector.sync.importer import import_bundles, import_one
from inspector.sync.manifest_signature import check_manifest_signature, key_manifest_signer
from tests.conftest import MINI_TEMPLATE

TARGET = 2.0
PAIRS = 3


def _photo(folder: Path, index: int) -> Path:
    img = Image.new("RGB", (640, 480), (index % 256, (index * 7) % 256, (index * 13) % 256))
    img.putpixel((index % 640, (index // 640) % 480), (255, 255, 255))
    path = folder / f"IMG_{index:05d}.jpg"
    img.save(path, "JPEG", quality=85)
    return path


def _small_signed_pdf(snapshot, signer) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf)
    canvas.setSubject(snapshot.inspection.id)
    canvas.setKeywords(f"{DIGEST_KEYWORD}{inspection_digest(snapshot)}")  # as report/build.py writes it
    canvas.drawString(72, 760, f"Inspection {snapshot.inspection.id}")
    canvas.drawString(72, 740, inspection_digest(snapshot))
    canvas.showPage()
    canvas.save()
    meta = signers.PdfSignatureMetadata(field_name="InspectorSignature", subfilter=fields.SigSeedSubFilter.PADES,
                                        md_algorithm="sha256")
    out = io.BytesIO()
    signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(buf.getvalue()), strict=False), meta, signer=signer, output=out)
    return out.getvalue()


def make_bundles(root: Path, n: int) -> tuple[list[Path], Path]:
    """N signed bundles and a trust folder holding the signer's certificate."""
    from inspector.photos.importer import import_photo

    a = DataDir(root / "laptop")
    store = Store(a.database, actor="clerk")
    store.store_template(copy.deepcopy(MINI_TEMPLATE))
    identity = ensure_demo_identity(a.keys)
    signer = load_signer(a.keys, identity.fingerprint, DEMO_PASSPHRASE)
    key, cert, _ = load_key_material(a.keys, identity.fingerprint, DEMO_PASSPHRASE)
    sign_manifest = key_manifest_signer(key, cert)
    branch = store.add_branch("0101", "城东支行", region="城区", head="王建国")
    strokes = [[(0.1, 0.5), (0.3, 0.6), (0.5, 0.4)]]
    png = signature_png(strokes)
    paths = []
    with tempfile.TemporaryDirectory() as tmp:
        for index in range(n):
            ins = store.create_inspection(branch.id, "onsite", ["张伟", "赵敏"])
            store.set_finding(ins.id, "dress.uniform", result="fail", staff="A012", note="未按规定着装")
            store.set_finding(ins.id, "dress.badge", result="pass")
            store.set_finding(ins.id, "queue.order", result="fail", note="未按叫号顺序办理")
            imported = import_photo(_photo(Path(tmp), index), a.photos)
            store.add_photo(ins.id, imported, "dress.uniform")
            store.finish_inspection(ins.id)
            store.set_rectification(ins.id, "dress.uniform", "王建国", "2030-01-31")
            for role, name in (("inspector", "张伟"), ("branch_head", "王建国")):
                store.add_signature(Signature(ins.id, role, name, "", store.clock(), strokes, png))
            snapshot = store.snapshot(ins.id)
            audit = [e.__dict__ for e in store.audit_entries(ins.id)]
            paths.append(write_bundle(snapshot, a.outbox, _small_signed_pdf(snapshot, signer), sign_manifest, audit))
    store.close()
    trust = root / "trust"
    trust.mkdir()
    (trust / "laptop.pem").write_bytes(identity.certificate.public_bytes(serialization.Encoding.PEM))
    return paths, trust


def baseline(paths: list[Path], root: Path) -> None:
    """Unzip each bundle and insert the same rows with plain sqlite3."""
    root.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(root / "plain.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    migrate(conn)
    conn.execute("INSERT INTO branches VALUES ('b', '0101', '城东支行', '', '', 'x', 'x', '城区')")
    conn.execute("INSERT INTO templates VALUES (?, ?, ?, '', 'x')",
                 (MINI_TEMPLATE["id"], MINI_TEMPLATE["version"], json.dumps(MINI_TEMPLATE)))
    for index, path in enumerate(paths):
        folder = root / "unzipped" / str(index)
        with zipfile.ZipFile(path) as zf:
            zf.extractall(folder)
        data = json.loads((folder / "inspection.json").read_text(encoding="utf-8"))
        ins, iid = data["inspection"], data["inspection"]["id"]
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO inspections (id, branch_id, type, inspectors, template_id, template_version, started_at,"
            " ended_at, status, created_at, updated_at) VALUES (?, 'b', ?, ?, ?, ?, ?, ?, 'finished', ?, ?)",
            (iid, ins["type"], json.dumps(ins["inspectors"]), ins["template_id"], ins["template_version"],
             ins["started_at"], ins["ended_at"], ins["created_at"], ins["updated_at"]))
        conn.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [(iid, f["item_id"], f["result"], f["occurrences"], f["staff"], int(f["repeat"]), f["note"],
                           json.dumps(f["selected"]), f["created_at"], f["updated_at"]) for f in data["findings"]])
        conn.executemany(
            "INSERT INTO photos VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(p["id"], iid, p["item_id"], p["sha256"], p["original_path"], p["display_path"], p["thumb_path"],
              p["original_name"], p["taken_at"], p["taken_at_source"], p["imported_at"], p["width"], p["height"],
              p["gps_lat"], p["gps_lon"], json.dumps(p["annotations"])) for p in data["photos"]])
        conn.executemany("INSERT INTO signatures VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [(iid, s["role"], s["name"], s["title"], s["signed_at"], json.dumps(s["strokes"]),
                           base64.b64decode(s["image_png"])) for s in data["signatures"]])
        conn.executemany("INSERT INTO rectifications VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [(iid, r["item_id"], r["owner"], r["deadline"], r["status"], r["closed_at"],
                           r["closing_note"]) for r in data["rectifications"]])
        conn.execute("UPDATE inspections SET status = 'signed' WHERE id = ?", (iid,))
        conn.execute("COMMIT")
    conn.close()


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _cpu() -> float:
    """CPU seconds of this process and its reaped children (the import's worker processes)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _import(root: Path, paths: list[Path], trust: Path, workers: int | None,
            previews: bool) -> tuple[float, float, float, float]:
    """(seconds of a first import, of a second import of the same files, CPU seconds of the first,
    seconds to make the photo previews afterwards as the app does, in one background thread)."""
    data = DataDir(root)
    with Store(data.database, actor="ho") as store:
        start, cpu = time.perf_counter(), _cpu()
        summary = import_bundles(store, paths, trust, data.photos, workers=workers)
        first, cpu = time.perf_counter() - start, _cpu() - cpu
        assert len(summary.imported) == len(paths), summary.refused[:3]
        start = time.perf_counter()
        again = import_bundles(store, paths, trust, data.photos, workers=workers)
        second = time.perf_counter() - start
        assert len(again.already_present) == len(paths)
        start = time.perf_counter()
        if previews:
            assert make_missing_copies(store, data.photos) == []
        previews_s = time.perf_counter() - start
    return first, second, cpu, previews_s


def run(quick: bool) -> list[dict]:
    n = 50 if quick else 1000
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        paths, trust = make_bundles(root, n)
        build_s = time.perf_counter() - t0

        # Pairs of runs, baseline then ours, each into fresh folders: both sides wait on the disk
        # (a synced commit per bundle for the baseline), whose speed drifts by half within minutes,
        # so the headline is the median of the pairs' ratios.
        pairs = []
        for index in range(PAIRS):
            cpu = _cpu()
            base_s = _timed(lambda index=index: baseline(paths, root / f"base{index}"))
            base_cpu = _cpu() - cpu
            shutil.rmtree(root / f"base{index}", ignore_errors=True)
            ours_s, again_s, ours_cpu, previews_s = _import(root / f"full{index}", paths, trust, None,
                                                            previews=index == 0)
            shutil.rmtree(root / f"full{index}", ignore_errors=True)
            pairs.append({"ours_s": ours_s, "baseline_s": base_s, "ratio": ours_s / base_s, "ours_cpu_s": ours_cpu,
                          "baseline_cpu_s": base_cpu, "second_import_s": again_s,
                          **({"previews_s": previews_s} if index == 0 else {})})
        middle = sorted(pairs, key=lambda pair: pair["ratio"])[len(pairs) // 2]
        one_s, _, _, _ = _import(root / "one", paths, trust, 0, previews=False)

        nosig = DataDir(root / "nosig")
        with Store(nosig.database, actor="ho") as store:
            def nosig_import() -> None:
                for p in paths:
                    import_one(store, p, trust, nosig.photos, check_signature=False)
            nosig_s = _timed(nosig_import)

        from inspector.signing.pades import verify_pdf
        pdf = root / "one.pdf"
        pdf.write_bytes(zipfile.ZipFile(paths[0]).read("report.pdf"))
        sig_s = _timed(lambda: [verify_pdf(pdf, trust) for _ in range(min(n, 50))]) / min(n, 50)
        with zipfile.ZipFile(paths[0]) as zf:
            manifest, manifest_sig = zf.read("manifest.json"), zf.read("manifest.sig")
        msig_s = _timed(lambda: [check_manifest_signature(manifest, manifest_sig) for _ in range(200)]) / 200
    cores = os.cpu_count() or 1
    base_s = middle["baseline_s"]
    return [{
        "name": "bundle_import",
        "n": n,
        "ratio": round(middle["ratio"], 2),
        "pair_ratios": [round(pair["ratio"], 2) for pair in pairs],
        "target": TARGET,
        "baseline": "unzip + plain sqlite3 inserts of the same rows",
        "ours_s": round(middle["ours_s"], 3),
        "baseline_s": round(base_s, 3),
        "all_pairs_s": [[round(pair["ours_s"], 3), round(pair["baseline_s"], 3)] for pair in pairs],
        # CPU seconds (all processes): less sensitive than wall time to other load on a shared machine.
        "ours_cpu_s": round(middle["ours_cpu_s"], 2),
        "baseline_cpu_s": round(middle["baseline_cpu_s"], 2),
        "cores": cores,
        "ours_one_process_s": round(one_s, 3),
        "ratio_one_process": round(one_s / base_s, 2),
        "ratio_without_signature_check": round(nosig_s / base_s, 2),
        "ours_without_signature_check_s": round(nosig_s, 3),
        "verify_pdf_ms_each": round(sig_s * 1000, 1),
        "manifest_sig_ms_each": round(msig_s * 1000, 2),
        # What verify_pdf alone costs, spread perfectly over every core, against the baseline.
        "floor_ratio_verify_pdf_only": round(sig_s * n / min(cores, 8) / base_s, 2),
        "second_import_s": round(middle["second_import_s"], 3),
        # Not part of the import: the photos' display copies and thumbnails, which the app makes
        # afterwards in a background thread (and viewers on first show), one photo per bundle here.
        "previews_after_import_s": round(pairs[0]["previews_s"], 3),
        "bundles_built_s": round(build_s, 1),
    }]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="50 bundles instead of 1000")
    args = parser.parse_args()
    print(json.dumps(run(args.quick), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
