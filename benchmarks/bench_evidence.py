"""Evidence files: attaching and verifying 500 files of 1 MB and one of 100 MB, next to sha256sum on the same
files (goal: verify within 1.5x of sha256sum). The files are made in a temporary folder and removed after."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hria_app.core import custody
from hria_app.core.assessment import new_assessment
from hria_app.core.crypto import KdfParams, SealingKey
from hria_app.core.evidence_store import DEFAULT_MAX_BYTES, EvidenceStore
from hria_app.core.evidence_verify import verify_evidence
from hria_app.core.rubric_loader import load_rubric

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024


def _make_files(folder: Path, count: int, size: int, prefix: str) -> list[Path]:
    block = os.urandom(MB)
    paths = []
    for i in range(count):
        path = folder / f"{prefix}-{i:03d}.bin"
        with path.open("wb") as handle:
            handle.write(f"{prefix} {i}\n".encode())  # each file its own content, so each is stored
            for _ in range(size // MB):
                handle.write(block)
        paths.append(path)
    return paths


def _best(action: Callable[[], object], repeat: int = 2) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def _sha256sum(paths: list[Path]) -> None:
    subprocess.run(["sha256sum", *map(str, paths)], check=True, stdout=subprocess.DEVNULL)


def _hash_only(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(MB):
            digest.update(block)
    return digest.hexdigest()


def _case(label: str, sources: list[Path], work: Path, key: SealingKey | None = None) -> None:
    rubric = load_rubric(ROOT / "tests" / "data" / "mini-rubric.yaml")
    assessment = new_assessment(rubric)
    store = EvidenceStore(work / f"{label}.hria.evidence", key, max_bytes=max(DEFAULT_MAX_BYTES, 200 * MB))
    total = sum(p.stat().st_size for p in sources) / MB
    started = time.perf_counter()
    attached = [store.add_file(p, "bench", "2026-01-01T00:00:00Z") for p in sources]
    attach = time.perf_counter() - started
    custody.attach(assessment, "LEG-1", attached, "bench", "2026-01-01T00:00:00Z")
    ours = _best(lambda: verify_evidence(assessment, store))
    stored = [store.folder / a.stored for a in attached]
    plain = stored if key is None else sources
    baseline = _best(lambda: _sha256sum(plain), repeat=1)
    floor = _best(lambda: [_hash_only(p) for p in plain], repeat=1)
    print(f"{label}: {len(sources)} file{'s' if len(sources) > 1 else ''}, {total:,.0f} MB")
    print(f"  attach (read, hash, copy, fsync): {attach:6.2f} s  {total / attach:7.0f} MB/s")
    print(f"  verify:                           {ours:6.2f} s  {total / ours:7.0f} MB/s")
    print(
        f"  baseline sha256sum, same files:   {baseline:6.2f} s  {total / baseline:7.0f} MB/s"
        f"  ratio {ours / baseline:.2f}x (goal <= 1.5x)"
    )
    print(f"  hashlib alone, same files:        {floor:6.2f} s  {total / floor:7.0f} MB/s  (hashing alone)")
    shutil.rmtree(store.folder)


def main() -> None:
    if shutil.which("sha256sum") is None:
        print("sha256sum not found: nothing to compare with")
        return
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        small = _make_files(work, 500, MB, "one-mb")
        _case("500 x 1 MB", small, work)
        for p in small:
            p.unlink()
        large = _make_files(work, 1, 100 * MB, "hundred-mb")
        _case("1 x 100 MB", large, work)
        key = SealingKey.derive("benchmark passphrase", KdfParams(n=2**14))
        _case("1 x 100 MB, encrypted store (verify decrypts; sha256sum reads the plain source)", large, work, key)


if __name__ == "__main__":
    main()
