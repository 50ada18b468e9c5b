#!/usr/bin/python3
"""Cross-IQA in C++ (`iqa score --model cross-iqa`) against the independent PyTorch port.

A random checkpoint with head_trained=true, written by the port (tests/bench/cross_iqa_reference.py),
scores with 1 and 5 crops, in both implementations: a BIQ2021 photo (512x512: one centre tile, or the
tile grid), a generated 333x99 image (5 crops: 3 tiles, the middle one at 102.5 -> 103 where Python's
round() would give 102; the 99 rows mirrored out to 128 as 14 above and 15 below) and a generated
45x37 image (mirrored out beyond one reflection on both sides). They must agree within 1e-4, and the
scores must differ between the cases, so that a head blind to its input cannot pass.

Run by ctest as `/usr/bin/python3 tests/script_cross_iqa_reference.py` (IQA_SOURCE_DIR, IQA_SHARED_DIR,
IQA_CLI from ctest; defaults relative to this file and build/default). Missing shared data or the
CLI fail the test with a message: nothing is skipped.
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
os.environ["IQA_SHARED_DIR"] = str(SHARED)
sys.path.insert(0, str(SOURCE / "tests" / "bench"))

import numpy as np  # noqa: E402 (after the path set-up above)
import torch  # noqa: E402
from PIL import Image  # noqa: E402

import cross_iqa_reference as reference  # noqa: E402

TOLERANCE = 1e-4
BIQ_IMAGE = SHARED / "data" / "biq2021" / "images" / "ss01 (1000).jpg"


def generated_image(path, width, height, seed):
    """A textured 8-bit PNG (lossless, so both decoders read the same pixels)."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    base = np.stack([80 + 0.4 * xx, 60 + 1.2 * yy, 150 + 60 * np.sin(xx / 9.0) * np.cos(yy / 7.0)], -1)
    Image.fromarray(np.clip(base + rng.normal(0, 12, base.shape), 0, 255).astype(np.uint8)).save(path)
    return path


class CrossIqaReference(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp_dir = tempfile.TemporaryDirectory(prefix="iqa-cross-iqa-reference-")
        cls.tmp = pathlib.Path(cls.tmp_dir.name)
        cls.checkpoint = cls.tmp / "cross-iqa-random.safetensors"
        reference.write_random_checkpoint(cls.checkpoint, seed=3)
        cls.images = [BIQ_IMAGE, generated_image(cls.tmp / "generated-333x99.png", 333, 99, seed=7),
                      generated_image(cls.tmp / "generated-45x37.png", 45, 37, seed=8)]

    @classmethod
    def tearDownClass(cls):
        cls.tmp_dir.cleanup()

    def test_agreement(self):
        """iqa score and the Python port agree within 1e-4 on three images, 1 and 5 crops"""
        torch.set_num_threads(2)
        net, _ = reference.load_checkpoint(self.checkpoint)
        scores = []
        for crops in (1, 5):
            args = [str(CLI), "score", "--model", "cross-iqa", "--checkpoint", str(self.checkpoint),
                    "--crops", str(crops), "--device", "cpu", "--json"]
            for image in self.images:
                args += ["--image", str(image)]
            proc = subprocess.run(args, capture_output=True, text=True, timeout=600)
            self.assertEqual(proc.returncode, 0, f"iqa score failed: {proc.stderr.strip()}")
            results = json.loads(proc.stdout)["results"]
            self.assertEqual(len(results), len(self.images))
            for image, result in zip(self.images, results):
                with torch.inference_mode():
                    python = reference.score(net, reference.load_rgb01(image), crops)
                cpp = result["scores"]["cross-iqa"]
                print(f"  {image.name}, {crops} crop(s): C++ {cpp:.8f}  Python {python:.8f}  "
                      f"|diff| {abs(cpp - python):.2e}")
                self.assertLess(abs(cpp - python), TOLERANCE, f"{image.name}, {crops} crop(s)")
                scores.append(cpp)
        self.assertGreater(max(scores) - min(scores), 10 * TOLERANCE,
                           f"the random checkpoint barely depends on its input (scores {scores})")


def main() -> int:
    if not BIQ_IMAGE.is_file():
        print(f"FAIL: missing {BIQ_IMAGE} (shared data: set IQA_SHARED_DIR)")
        return 1
    if not os.access(CLI, os.X_OK):
        print(f"FAIL: the iqa CLI {CLI} is missing (build it, or set IQA_CLI)")
        return 1
    result = unittest.main(argv=[sys.argv[0], "-v"], exit=False).result
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
