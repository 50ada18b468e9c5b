#!/usr/bin/python3
"""Test scripts/fetch-models against a local HTTP server (no internet needed).

Serves copies of the reference weights in ../shared/models (plus a corrupted
file and .pth files made here with PyTorch) from 127.0.0.1 and checks that
fetch-models fetches and verifies them, skips files already in place, refuses
a wrong checksum without leaving a file behind, converts .pth to the reference
safetensors byte for byte, and reports unreachable servers and a missing
PyTorch clearly. Run by ctest as `/usr/bin/python3 tests/script_fetch_models.py`
(IQA_SOURCE_DIR, IQA_SHARED_DIR from ctest; defaults relative to this file).
"""
import collections
import functools
import hashlib
import http.server
import json
import os
import pathlib
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import traceback

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = pathlib.Path(os.environ.get("IQA_SOURCE_DIR") or HERE.parent)
SHARED = pathlib.Path(os.environ.get("IQA_SHARED_DIR") or SOURCE.parent / "shared")
MODELS = SHARED / "models"
SCRIPT = SOURCE / "scripts" / "fetch-models"
MANIFEST = SOURCE / "scripts" / "models-manifest.json"
PYTHON = sys.executable or "/usr/bin/python3"

ENTRIES = json.loads(MANIFEST.read_text(encoding="utf-8"))["files"]


def sha256(path: pathlib.Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Server:
    """http.server on a free port in a thread, serving `root`; records request paths."""

    def __init__(self, root: pathlib.Path):
        self.requests = []
        requests = self.requests

        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                requests.append(self.path)
                super().do_GET()

        handler = functools.partial(Handler, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def run(tmp: pathlib.Path, *args, env_extra=None):
    env = dict(os.environ)
    env["XDG_DATA_HOME"] = str(tmp / "xdg")  # never touch the real user folder
    env.update(env_extra or {})
    proc = subprocess.run([PYTHON, str(SCRIPT), *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=180)
    return proc.returncode, proc.stdout + proc.stderr


def files_under(folder: pathlib.Path) -> list:
    """Every file below `folder` (temporaries included), as sorted relative paths."""
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def expect(condition: bool, what: str, output: str = ""):
    if not condition:
        raise AssertionError(what + ("\n--- fetch-models output ---\n" + output if output else ""))


def read_safetensors(path: pathlib.Path) -> "collections.OrderedDict":
    import numpy as np
    import torch
    data = path.read_bytes()
    n = struct.unpack("<Q", data[:8])[0]
    header = json.loads(data[8:8 + n])
    header.pop("__metadata__", None)
    out = collections.OrderedDict()
    for name, info in header.items():
        assert info["dtype"] == "F32", (name, info["dtype"])
        a, b = info["data_offsets"]
        array = np.frombuffer(data[8 + n + a:8 + n + b], dtype="<f4").reshape(info["shape"])
        out[name] = torch.from_numpy(array.copy())
    return out


# ---------------------------------------------------------------------------

def test_mirror_fetch(ctx):
    """(1) --mirror fetches every file into the destination with the manifest's hashes."""
    dest = ctx.tmp / "dest1"
    rc, out = run(ctx.tmp, "--mirror", ctx.server.url + "/good", "--dest", dest)
    expect(rc == 0, f"exit status {rc}, expected 0", out)
    for e in ENTRIES:
        target = dest / e["dest"]
        expect(target.is_file(), f"{target} missing", out)
        expect(sha256(target) == e["sha256"], f"{target}: wrong SHA-256", out)
    expect(files_under(dest) == sorted(e["dest"] for e in ENTRIES),
           f"unexpected files left in {dest}: {files_under(dest)}", out)
    # Without --dest the files go to $XDG_DATA_HOME/iqa-studio/models.
    rc, out = run(ctx.tmp, "--mirror", ctx.server.url + "/good", "--only", "taesana_encoder")
    target = ctx.tmp / "xdg" / "iqa-studio" / "models" / "taesana" / "taesana_encoder.safetensors"
    expect(rc == 0 and target.is_file(), f"default destination {target} not filled", out)


def test_skip_present(ctx):
    """(2) a second run skips files already present with the right checksum."""
    dest = ctx.tmp / "dest1"
    before = {e["dest"]: (dest / e["dest"]).stat() for e in ENTRIES}
    requests = len(ctx.server.requests)
    rc, out = run(ctx.tmp, "--mirror", ctx.server.url + "/good", "--dest", dest)
    expect(rc == 0, f"exit status {rc}, expected 0", out)
    expect(len(ctx.server.requests) == requests,
           f"second run downloaded again: {ctx.server.requests[requests:]}", out)
    for rel, st in before.items():
        now = (dest / rel).stat()
        expect((now.st_ino, now.st_mtime_ns) == (st.st_ino, st.st_mtime_ns), f"{rel} was rewritten", out)
    expect("skipped" in out, "no 'skipped' message", out)
    # A present file with the wrong content is fetched again.
    stale = dest / ENTRIES[1]["dest"]
    stale.write_bytes(b"stale")
    rc, out = run(ctx.tmp, "--mirror", ctx.server.url + "/good", "--dest", dest)
    expect(rc == 0 and sha256(stale) == ENTRIES[1]["sha256"], "wrong present file not replaced", out)


def test_bad_checksum(ctx):
    """(3) a file with one flipped byte is refused and leaves nothing behind."""
    entry = ENTRIES[0]
    dest = ctx.tmp / "dest3"
    rc, out = run(ctx.tmp, "--mirror", ctx.server.url + "/bad", "--dest", dest, "--only", entry["name"])
    expect(rc != 0, "corrupted file accepted (exit status 0)", out)
    low = out.lower()
    expect("sha-256" in low or "checksum" in low, "message does not mention the checksum", out)
    expect(entry["dest"] in out and entry["sha256"] in out, "message lacks file name or expected hash", out)
    expect(ctx.bad_hash in out, "message lacks the actual hash", out)
    expect("Traceback" not in out, "Python traceback instead of a message", out)
    expect(not dest.exists(), f"{dest} created by a refused download", out)
    # --force over a good file: the good file survives a refused download.
    good = ctx.tmp / "dest1" / entry["dest"]
    rc, out = run(ctx.tmp, "--mirror", ctx.server.url + "/bad", "--dest", ctx.tmp / "dest1",
                  "--only", entry["dest"], "--force")
    expect(rc != 0, "--force with a corrupted file: exit status 0", out)
    expect(sha256(good) == entry["sha256"], "good file damaged by a refused download", out)
    expect(files_under(good.parent) == sorted(pathlib.Path(e["dest"]).name for e in ENTRIES
                                              if e["dest"].startswith("taef2/")),
           f"temporaries left in {good.parent}: {files_under(good.parent)}", out)


def test_pth_conversion(ctx):
    """(4) upstream-style .pth files are converted to the reference safetensors bytes."""
    import torch
    pth_dir = ctx.root / "pth"
    pth_dir.mkdir()
    entries = []
    for e in ENTRIES:
        state = read_safetensors(MODELS / e["dest"])
        half = all(torch.equal(t.half().float(), t) for t in state.values())
        # Module order as in upstream state dicts (0.weight, 0.bias, 1.conv.0.weight, ...
        # 10.x after 9.x), not the sorted order of the safetensors file.
        order = sorted(state, key=lambda k: [(0, int(p)) if p.isdigit() else (1, p != "weight", p)
                                             for p in k.split(".")])
        expect(order != sorted(state), "test setup: module order equals sorted order")
        state = collections.OrderedDict((k, state[k].half() if half else state[k]) for k in order)
        name = pathlib.Path(e["dest"]).stem + ".pth"
        torch.save(state, pth_dir / name)
        entries.append(dict(e, url=f"{ctx.server.url}/pth/{name}", format="pth"))
    manifest = ctx.tmp / "manifest-pth.json"
    manifest.write_text(json.dumps({"files": entries}, indent=1), encoding="utf-8")
    ctx.pth_manifest = manifest

    dest = ctx.tmp / "dest4"
    rc, out = run(ctx.tmp, "--manifest", manifest, "--dest", dest)
    expect(rc == 0, f"exit status {rc}, expected 0", out)
    for e in entries:
        target = dest / e["dest"]
        expect(target.is_file(), f"{target} missing", out)
        expect(sha256(target) == e["sha256"], f"{target}: converted file's SHA-256 differs "
               f"from the manifest", out)
    expect(files_under(dest) == sorted(e["dest"] for e in entries),
           f"unexpected files left in {dest}: {files_under(dest)}", out)


def test_unreachable(ctx):
    """(5) an unreachable server or a missing file gives a clear error, not a traceback."""
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dest = ctx.tmp / "dest5"
    base = f"http://127.0.0.1:{port}/models"
    rc, out = run(ctx.tmp, "--mirror", base, "--dest", dest, "--only", "taef2_encoder", "--timeout", "5")
    expect(rc != 0, "unreachable server: exit status 0", out)
    expect(base + "/taef2/taef2_encoder.safetensors" in out, "message lacks the URL", out)
    expect("refused" in out.lower() or "error" in out.lower(), "message lacks the reason", out)
    expect("Traceback" not in out, "Python traceback instead of a message", out)
    expect(files_under(dest) == [], f"files left behind: {files_under(dest)}", out)

    rc, out = run(ctx.tmp, "--mirror", ctx.server.url + "/missing", "--dest", dest, "--only", "taef2_decoder")
    expect(rc != 0 and "404" in out and "Traceback" not in out, "HTTP 404 not reported clearly", out)
    expect(files_under(dest) == [], f"files left behind: {files_under(dest)}", out)


def test_missing_torch(ctx):
    """(6) a .pth source without PyTorch: clear message before any download."""
    fake = ctx.tmp / "notorch" / "torch"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('No module named torch (simulated)')\n")
    requests = len(ctx.server.requests)
    dest = ctx.tmp / "dest6"
    manifest = getattr(ctx, "pth_manifest", None) or MANIFEST
    rc, out = run(ctx.tmp, "--manifest", manifest, "--dest", dest, "--only", "taef2_encoder",
                  env_extra={"PYTHONPATH": str(fake.parent)})
    expect(rc != 0, "exit status 0 without PyTorch", out)
    expect("PyTorch" in out and "python3-torch" in out, "message does not name PyTorch", out)
    expect("Traceback" not in out, "Python traceback instead of a message", out)
    expect(len(ctx.server.requests) == requests, "downloaded before finding PyTorch missing", out)
    expect(files_under(dest) == [], f"files left behind: {files_under(dest)}", out)


TESTS = [test_mirror_fetch, test_skip_present, test_bad_checksum, test_pth_conversion,
         test_unreachable, test_missing_torch]


class Context:
    pass


def main() -> int:
    if not MODELS.is_dir() or not all((MODELS / e["dest"]).is_file() for e in ENTRIES):
        print(f"FAIL: reference weights not found in {MODELS} (set IQA_SHARED_DIR)")
        return 1
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="iqa-fetch-models-") as tmp:
        ctx = Context()
        ctx.tmp = pathlib.Path(tmp)
        ctx.root = ctx.tmp / "www"
        for e in ENTRIES:  # good copies and one with a flipped byte
            src = MODELS / e["dest"]
            for tree in ("good", "bad"):
                (ctx.root / tree / e["dest"]).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(src, ctx.root / tree / e["dest"])
        bad = ctx.root / "bad" / ENTRIES[0]["dest"]
        data = bytearray(bad.read_bytes())
        data[len(data) // 2] ^= 0x01
        bad.write_bytes(bytes(data))
        ctx.bad_hash = hashlib.sha256(data).hexdigest()
        ctx.server = Server(ctx.root)
        try:
            for test in TESTS:
                try:
                    test(ctx)
                    print(f"PASS {test.__doc__.strip()}")
                    passed += 1
                except Exception:
                    print(f"FAIL {test.__doc__.strip()}\n{traceback.format_exc()}")
                    failed += 1
                sys.stdout.flush()
        finally:
            ctx.server.close()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
