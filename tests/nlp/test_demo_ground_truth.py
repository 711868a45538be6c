"""`scripts/demo_ground_truth.py`: the shipped model measured on the demo stream's labels."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "demo_ground_truth.py"


def test_demo_ground_truth_reports_accuracy_and_recall_per_label() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--days", "2"], capture_output=True, text=True, check=True
    )
    out = done.stdout
    assert re.search(r"^model resonanz-nlp-1-[0-9a-f]{10}: \d+ demo posts", out, re.M)
    found = re.search(r"sentiment accuracy (\d\.\d+)", out)
    assert found
    accuracy = float(found.group(1))
    recalls = dict(re.findall(r"sentiment recall\s+(\w+)\s+(\d\.\d+)", out))
    assert set(recalls) == {"negative", "neutral", "positive"}
    # Far above chance (three classes): a broken model or a label mix-up fails here.
    assert accuracy > 0.5
    assert all(float(r) > 0.3 for r in recalls.values())
