"""Where the processes' metric files live (prometheus-client's multiprocess mode).

Every process of the app writes its samples to memory-mapped files under one folder; `/metrics`
reads all of them. The launcher empties the folder at each start: files left by the last run's
processes would otherwise be added to this run's counts.
"""

from __future__ import annotations

import shutil
from pathlib import Path


def fresh_metrics_dir(path: Path | str) -> Path:
    """The folder, emptied (created when missing)."""
    folder = Path(path)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def metric_files(root: Path | str) -> list[str]:
    """Every process's metric file under `root`, in sub-folders too (one per container in compose)."""
    return sorted(str(p) for p in Path(root).rglob("*.db"))
