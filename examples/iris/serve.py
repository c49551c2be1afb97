"""A minimal model server (standard library only): GET /health, POST /predict {"instances": [[...4 floats]]}."""
import json
import math
import os
from http.server import BaseHTTPRequestHandler, HTTPServer

MODEL = json.load(open(os.path.join(os.environ.get("MODEL_DIR", "/opt/model"), "model.json")))


def predict(x):
    z = [(v - m) / s for v, m, s in zip(x, MODEL["means"], MODEL["stds"])] + [1.0]
    logits = [sum(w * v for w, v in zip(row, z)) for row in MODEL["weights"]]
    top = max(logits)
    exps = [math.exp(l - top) for l in logits]
    return MODEL["classes"][exps.index(max(exps))]


class Handler(BaseHTTPRequestHandler):
    def _send(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        self._send(200, {"status": "ok"}) if self.path in ("/health", "/healthz") else self._send(404, {"error": "not found"})

    def do_POST(self):
        if self.path != "/predict":
            return self._send(404, {"error": "not found"})
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
        self._send(200, {"predictions": [predict(x) for x in body.get("instances", [])]})


if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["--check"]:
        print(predict([5.1, 3.5, 1.4, 0.2]))
    else:
        HTTPServer(("0.0.0.0", int(os.environ.get("PORT", "8080"))), Handler).serve_forever()
