"""pandas peer of the validate-data benchmark: the same ~15 checks, chunked (1M rows) so memory stays
bounded, all columns read as text and typed with to_numeric / isin / to_datetime. Prints one JSON line."""
import json
import sys
import time

import pandas as pd

path = sys.argv[1]
categories = sys.argv[2].split(",")
countries = sys.argv[3].split(",")
started = time.perf_counter()
totals = dict(rows=0, amount=0, event_date=0, score=0, category=0, score_nulls=0, other=0)
bools = {"true", "True", "TRUE", "1", "false", "False", "FALSE", "0"}
for chunk in pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=1_000_000):
    totals["rows"] += len(chunk)

    def bad_number(col, integer=False):
        present = chunk[col] != ""
        values = pd.to_numeric(chunk[col].where(present), errors="coerce")
        bad = present & values.isna()
        if integer:
            bad |= present & values.notna() & (values % 1 != 0)
        return bad, values

    amount_bad, _ = bad_number("amount")
    totals["amount"] += int(amount_bad.sum())
    score_bad, score = bad_number("score")
    totals["score"] += int(((score < 0) | (score > 1)).sum())
    totals["score_nulls"] += int((chunk["score"] == "").sum())
    totals["category"] += int(((chunk["category"] != "") & ~chunk["category"].isin(categories)).sum())
    present = chunk["event_date"] != ""
    dates = pd.to_datetime(chunk["event_date"].where(present), format="%Y-%m-%d", errors="coerce")
    totals["event_date"] += int((present & dates.isna()).sum())
    other = int(score_bad.sum())
    id_bad, _ = bad_number("id", integer=True)
    other += int(id_bad.sum()) + int((chunk["id"] == "").sum())
    user_bad, user = bad_number("user_id", integer=True)
    other += int(user_bad.sum()) + int((user < 0).sum())
    other += int(((chunk["country"] != "") & ~chunk["country"].isin(countries)).sum())
    present = chunk["ts"] != ""
    ts = pd.to_datetime(chunk["ts"].where(present), format="%Y-%m-%dT%H:%M:%S%z", errors="coerce")
    other += int((present & ts.isna()).sum())
    other += int(((chunk["is_member"] != "") & ~chunk["is_member"].isin(bools)).sum())
    label_bad, label = bad_number("label", integer=True)
    other += int(label_bad.sum()) + int((label.notna() & ~label.isin([0, 1])).sum())
    other += int((chunk["note"].str.len() > 200).sum())
    totals["other"] += other
print(json.dumps({
    "seconds": time.perf_counter() - started,
    "rows": totals["rows"],
    "typeErrors": {"amount": totals["amount"], "event_date": totals["event_date"]},
    "constraintErrors": {"score": totals["score"], "category": totals["category"]},
    "scoreNulls": totals["score_nulls"],
    "other": totals["other"],
}))
