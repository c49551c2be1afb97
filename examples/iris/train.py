"""Multinomial logistic regression in plain Python (no packages needed), trained by full-batch gradient
descent. Writes the model, per-example predictions on the test set and metrics."""
import csv
import json
import math
import os

params = json.load(open("params.json"))["train"]
FEATURES = ["sepal_length", "sepal_width", "petal_length", "petal_width"]


def load(path):
    rows = list(csv.DictReader(open(path, newline="")))
    return rows, [[float(row[f]) for f in FEATURES] for row in rows]


train_rows, x_train = load("prepared/train.csv")
test_rows, x_test = load("prepared/test.csv")
classes = sorted({row["species"] for row in train_rows})
y_train = [classes.index(row["species"]) for row in train_rows]

# Standardise with the training set's statistics.
means = [sum(col) / len(col) for col in zip(*x_train)]
stds = [math.sqrt(sum((v - m) ** 2 for v in col) / len(col)) or 1.0 for col, m in zip(zip(*x_train), means)]
scale = lambda x: [(v - m) / s for v, m, s in zip(x, means, stds)] + [1.0]
x_train = [scale(x) for x in x_train]
x_test = [scale(x) for x in x_test]

weights = [[0.0] * (len(FEATURES) + 1) for _ in classes]


def softmax(x):
    logits = [sum(w * v for w, v in zip(row, x)) for row in weights]
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps)
    return [e / total for e in exps]


for _ in range(params["epochs"]):
    grad = [[0.0] * len(weights[0]) for _ in classes]
    for x, y in zip(x_train, y_train):
        p = softmax(x)
        for k in range(len(classes)):
            err = p[k] - (1.0 if k == y else 0.0)
            for j, v in enumerate(x):
                grad[k][j] += err * v
    for k in range(len(classes)):
        for j in range(len(weights[k])):
            weights[k][j] -= params["learning_rate"] * (grad[k][j] / len(x_train) + params["l2"] * weights[k][j])

os.makedirs("model", exist_ok=True)
json.dump({"classes": classes, "features": FEATURES, "means": means, "stds": stds, "weights": weights},
          open("model/model.json", "w"), indent=1, sort_keys=True)

os.makedirs("eval", exist_ok=True)
correct = 0
with open("eval/predictions.csv", "w", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(["id", "label", "prediction"] + [f"prob_{c}" for c in classes])
    for row, x in zip(test_rows, x_test):
        p = softmax(x)
        predicted = classes[p.index(max(p))]
        correct += predicted == row["species"]
        writer.writerow([row["id"], row["species"], predicted] + [f"{v:.6f}" for v in p])

accuracy = correct / len(test_rows)
json.dump({"accuracy": round(accuracy, 6), "test_rows": len(test_rows)}, open("eval/metrics.json", "w"), indent=2)
print(f"trained on {len(x_train)} rows: test accuracy {accuracy:.4f}")
