"""Split data/iris.csv into a train and a test set, stratified by species. The split seed is a parameter,
not the run seed: candidate and production models must be evaluated on the same test set."""
import csv
import json
import os
import random

params = json.load(open("params.json"))["split"]
seed = int(params["seed"])
rows = list(csv.DictReader(open("data/iris.csv", newline="")))
by_class = {}
for row in rows:
    by_class.setdefault(row["species"], []).append(row)

rng = random.Random(seed)
train, test = [], []
for species in sorted(by_class):
    group = by_class[species]
    rng.shuffle(group)
    cut = round(len(group) * params["test_fraction"])
    test += group[:cut]
    train += group[cut:]

os.makedirs("prepared", exist_ok=True)
for name, part in (("train", train), ("test", test)):
    part.sort(key=lambda row: int(row["id"]))
    with open(f"prepared/{name}.csv", "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(part)
print(f"prepared: {len(train)} train rows, {len(test)} test rows (seed {seed})")
