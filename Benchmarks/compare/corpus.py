"""corpus.py: reads the ads the comparisons run on (JSONL, CSV with a header row, or folders of them)."""

import csv
import json
import os
import sys
from dataclasses import dataclass
from typing import List, Optional

# The labels ScamSignals' CorpusReader understands, so both sides read a corpus the same way.
SCAM_LABELS = {"scam", "1", "true", "fraud", "fake", "spam", "yes", "positive"}
LEGIT_LABELS = {"legit", "0", "false", "real", "genuine", "ham", "no", "negative", "legitimate"}


@dataclass
class Ad:
    text: str
    is_scam: Optional[bool]  # None when the corpus has no label for it
    lang: str
    id: str


def _label(value, positive: Optional[str]) -> Optional[bool]:
    if value is None:
        return None
    if isinstance(value, bool):
        value = "true" if value else "false"
    label = str(value).strip().lower()
    if positive is not None:
        return label == positive.lower()
    if label in SCAM_LABELS:
        return True
    if label in LEGIT_LABELS:
        return False
    raise ValueError(f"unknown label {value!r} (use --positive LABEL)")


def _files(path: str) -> List[str]:
    if os.path.isdir(path):
        names = sorted(n for n in os.listdir(path) if n.lower().endswith((".jsonl", ".ndjson", ".csv")))
        if not names:
            sys.exit(f"{path}: no .jsonl or .csv files")
        return [os.path.join(path, n) for n in names]
    if not os.path.exists(path):
        sys.exit(f"{path}: no such file or folder")
    return [path]


def read(paths: List[str], text_field="text", label_field="label", positive=None) -> List[Ad]:
    """Every ad of the files (folders: their .jsonl and .csv files in name order), in file order."""
    ads: List[Ad] = []
    for path in paths:
        for file in _files(path):
            if file.lower().endswith(".csv"):
                with open(file, encoding="utf-8-sig", newline="") as f:
                    for n, row in enumerate(csv.DictReader(f), start=2):
                        if text_field not in row:
                            sys.exit(f"{file}: no column {text_field!r}")
                        try:
                            label = _label(row.get(label_field), positive)
                        except ValueError as e:
                            sys.exit(f"{file}:{n}: {e}")
                        ads.append(Ad(row[text_field], label, row.get("lang") or "", row.get("id") or f"{file}:{n}"))
                continue
            with open(file, encoding="utf-8-sig") as f:
                for n, line in enumerate(f, start=1):
                    if not line.strip():
                        continue
                    record = json.loads(line)
                    if not isinstance(record.get(text_field), str):
                        sys.exit(f"{file}:{n}: no text field {text_field!r}")
                    try:
                        label = _label(record.get(label_field), positive)
                    except ValueError as e:
                        sys.exit(f"{file}:{n}: {e}")
                    ads.append(Ad(record[text_field], label, record.get("lang") or "", str(record.get("id", f"{file}:{n}"))))
    if not ads:
        sys.exit("no ads in " + ", ".join(paths))
    return ads


def write_jsonl(path: str, ads: List[Ad]):
    """Writes ads as the JSONL ScamSignals reads: text, label scam/legit (legit when unknown), lang, id; no split."""
    with open(path, "w", encoding="utf-8") as f:
        for ad in ads:
            record = {"id": ad.id, "lang": ad.lang, "label": "scam" if ad.is_scam else "legit", "text": ad.text}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def fasttext_line(ad: Ad) -> str:
    """One fastText training line; fastText reads one example per line, so newlines become spaces."""
    return ("__label__scam " if ad.is_scam else "__label__legit ") + " ".join(ad.text.split()) + "\n"
