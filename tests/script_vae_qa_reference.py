#!/usr/bin/python3
"""VAE-QA in C++ (`iqa score --model vae-qa`) against the independent PyTorch port.

The port (tests/bench/vae_qa_reference.py) is first checked on its own against the upstream golden
outputs of the taef2 encoder. Then a random head written by it scores two real pairs, the sample pair
(resources/samples) and a BIQ2021 photo against a JPEG copy made here, with 1 and 5 crops, in both
implementations: they must agree within 1e-4. A head whose metadata names another model must make
`iqa score` fail with a message naming the file.

Run by ctest as `/usr/bin/python3 tests/script_vae_qa_reference.py` (IQA_SOURCE_DIR, IQA_SHARED_DIR,
IQA_CLI from ctest; defaults relative to this file and build/default). Missing shared weights, data or
the CLI fail the test with a message: nothing is skipped.
"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import unittest

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = pathlib.Path(os.environ.get("IQA_SOURCE_DIR") or HERE.parent)
SHARED = pathlib.Path(os.environ.get("IQA_SHARED_DIR") or SOURCE.parent / "shared")
CLI = pathlib.Path(os.environ.get("IQA_CLI") or SOURCE / "build" / "default" / "app" / "iqa")
os.environ["IQA_SHARED_DIR"] = str(SHARED)  # the port finds the encoder weights through it
sys.path.insert(0, str(SOURCE / "tests" / "bench"))

import torch  # noqa: E402 (after the path and environment set-up above)
from PIL import Image  # noqa: E402

import vae_qa_reference as reference  # noqa: E402

TOLERANCE = 1e-4
ENCODER = SHARED / "models" / "taef2" / "taef2_encoder.safetensors"
GOLDEN = SHARED / "models" / "taef2" / "golden" / "outputs.safetensors"
BIQ_IMAGE = SHARED / "data" / "biq2021" / "images" / "ss01 (1000).jpg"
SAMPLE_REF = SOURCE / "resources" / "samples" / "reference.png"
SAMPLE_DIST = SOURCE / "resources" / "samples" / "distorted.jpg"


def iqa_run(*args):
    return subprocess.run([str(CLI), *map(str, args)], capture_output=True, text=True, timeout=600)


class VaeQaReference(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp_dir = tempfile.TemporaryDirectory(prefix="iqa-vae-qa-reference-")
        cls.tmp = pathlib.Path(cls.tmp_dir.name)
        # He-initialised (see random_head_state): PyTorch's default head is too flat to test with.
        cls.head = cls.tmp / "vae-qa-head.safetensors"
        reference.write_random_head(cls.head, seed=1, init="kaiming")
        jpeg = cls.tmp / "biq-q20.jpg"
        with Image.open(BIQ_IMAGE) as im:
            im.convert("RGB").save(jpeg, quality=20)
        cls.pairs = [("sample pair", SAMPLE_REF, SAMPLE_DIST), ("BIQ2021 vs JPEG q20", BIQ_IMAGE, jpeg)]

    @classmethod
    def tearDownClass(cls):
        cls.tmp_dir.cleanup()

    def test_golden(self):
        """the Python port of the taef2 encoder matches the upstream golden outputs within 1e-4"""
        self.assertLess(reference.golden_max_difference(ENCODER), TOLERANCE)

    def test_agreement(self):
        """iqa score and the Python port agree within 1e-4 on two pairs, 1 and 5 crops"""
        torch.set_num_threads(2)
        scores = []
        for name, ref, dist in self.pairs:
            for crops in (1, 5):
                model = reference.VaeQa(self.head, ENCODER, crops)
                with torch.inference_mode():
                    python = model.score(reference.load_rgb01(ref), reference.load_rgb01(dist))
                proc = iqa_run("score", "--model", "vae-qa", "--checkpoint", self.head, "--crops", crops,
                               "--device", "cpu", "--ref", ref, "--dist", dist, "--json")
                self.assertEqual(proc.returncode, 0, f"iqa score failed: {proc.stderr.strip()}")
                cpp = json.loads(proc.stdout)["results"][0]["scores"]["vae-qa"]
                print(f"  {name}, {crops} crop(s): C++ {cpp:.8f}  Python {python:.8f}  |diff| {abs(cpp - python):.2e}")
                self.assertLess(abs(cpp - python), TOLERANCE, f"{name}, {crops} crop(s)")
                scores.append(cpp)
        # A nearly constant head would agree whatever the features were; this one must tell the cases apart.
        self.assertGreater(max(scores) - min(scores), 10 * TOLERANCE,
                           f"the random head barely depends on its input (scores {scores})")

    def test_wrong_model_metadata(self):
        """a head file whose metadata names model=cross-iqa makes iqa score fail, naming the file"""
        wrong = self.tmp / "cross-iqa-head.safetensors"
        reference.write_random_head(wrong, seed=1, overrides={"model": "cross-iqa"})
        proc = iqa_run("score", "--model", "vae-qa", "--checkpoint", wrong, "--device", "cpu",
                       "--ref", SAMPLE_REF, "--dist", SAMPLE_DIST)
        self.assertNotEqual(proc.returncode, 0, f"iqa score accepted a cross-iqa head:\n{proc.stdout}")
        self.assertIn(str(wrong), proc.stderr)


def main() -> int:
    missing = [p for p in (ENCODER, GOLDEN, BIQ_IMAGE, SAMPLE_REF, SAMPLE_DIST) if not p.is_file()]
    if missing:
        print("FAIL: missing " + ", ".join(map(str, missing)) + " (shared models/data: set IQA_SHARED_DIR)")
        return 1
    if not os.access(CLI, os.X_OK):
        print(f"FAIL: the iqa CLI {CLI} is missing (build it, or set IQA_CLI)")
        return 1
    result = unittest.main(argv=[sys.argv[0], "-v"], exit=False).result
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
