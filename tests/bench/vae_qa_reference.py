#!/usr/bin/python3
"""Independent PyTorch port of the VAE-QA network (taef2 encoder + fusion head + test-time crops).

Written from the specification (../shared/models/README.md, DESIGN.md section 2.1 and the head
description in core/models/detail/VaeQaNetwork.h), without importing project code, so that the C++
port can be checked against it and its speed compared with Debian's python3-torch.

    vae_qa_reference.py score --head H --ref R --dist D [--crops 1|5] [--threads T] [--encoder-weights W]
    vae_qa_reference.py bench --head H --size 512|256 --runs N --threads T [--channels-last]
                              [--crops 1|5] [--grad-mode inference|no-grad] [--levers] [--ref R --dist D]
    vae_qa_reference.py random-head --out H [--seed S] [--init default|kaiming] [--set KEY=VALUE ...]
    vae_qa_reference.py check-golden [--encoder-weights W]

`score` prints the score (repr precision); `bench` prints one JSON object (median, min, max latency
in ms over --runs after one warm-up, peak RSS of this process; with --levers also each CPU lever
flipped, timed interleaved with the given setting); `random-head` writes a randomly
initialised head with the metadata the C++ loader checks (--set overrides a metadata entry, e.g.
model=cross-iqa for a negative test); `check-golden` compares the encoder with the golden outputs
and prints the largest absolute difference.

Needs /usr/bin/python3 with numpy, torch (python3-torch 1.13) and Pillow (python3-pil). Safetensors
are parsed here with json + numpy: Debian has no python3-safetensors.
"""
import argparse
import json
import os
import pathlib
import resource
import struct
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image, ImageOps
from torch import nn

HERE = pathlib.Path(__file__).resolve().parent
SHARED = pathlib.Path(os.environ.get("IQA_SHARED_DIR") or HERE.parents[2] / "shared")
DEFAULT_ENCODER = SHARED / "models" / "taef2" / "taef2_encoder.safetensors"
GOLDEN = SHARED / "models" / "taef2" / "golden"

STRIDE = 8  # taef2 latent stride
TAP_INDICES = (1, 5, 7, 9, 11, 13)  # six taps, shallow -> deep (FeatureEncoder.h)
TAP_CHANNELS = (64,) * 6
HEAD_METADATA = {
    "model": "vae-qa", "encoder": "taef2", "tap_channels": ",".join(map(str, TAP_CHANNELS)),
    "grid": "16", "within_channels": "8", "across_channels": "2", "mlp_hidden": "8", "crop_size": "256",
}


# ---------------------------------------------------------------- safetensors

def read_safetensors(path):
    """(name -> float32 numpy array, metadata dict). Only F32 tensors: every file here is float32."""
    data = pathlib.Path(path).read_bytes()
    (header_len,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + header_len])
    metadata = header.pop("__metadata__", {}) or {}
    base = 8 + header_len
    tensors = {}
    for name, info in header.items():
        if info["dtype"] != "F32":
            raise SystemExit(f"{path}: tensor {name} is {info['dtype']}, this reader handles F32 only")
        start, end = info["data_offsets"]
        tensors[name] = np.frombuffer(data, dtype="<f4", count=(end - start) // 4,
                                      offset=base + start).reshape(info["shape"]).copy()
    return tensors, metadata


def write_safetensors(path, tensors, metadata):
    header = {"__metadata__": {str(k): str(v) for k, v in metadata.items()}}
    blobs, offset = [], 0
    for name, array in tensors.items():
        blob = np.ascontiguousarray(array, dtype="<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(array.shape), "data_offsets": [offset, offset + len(blob)]}
        blobs.append(blob)
        offset += len(blob)
    encoded = json.dumps(header, separators=(",", ":")).encode()
    encoded += b" " * (-len(encoded) % 8)  # the format recommends 8-byte aligned data
    pathlib.Path(path).write_bytes(struct.pack("<Q", len(encoded)) + encoded + b"".join(blobs))


def load_state(module, path):
    """Strict load: the file must hold exactly the module's state_dict names and shapes."""
    tensors, metadata = read_safetensors(path)
    state = {name: torch.from_numpy(array) for name, array in tensors.items()}
    module.load_state_dict(state, strict=True)
    return metadata


# ---------------------------------------------------------------- network

def conv3(n_in, n_out, stride=1, bias=True):
    return nn.Conv2d(n_in, n_out, 3, stride=stride, padding=1, bias=bias)


class Block(nn.Module):
    """y = ReLU(c3(ReLU(c2(ReLU(c1(x))))) + x); TAEF2's deepest blocks first add x + p3(ReLU(GN(p0(x))))."""

    def __init__(self, channels, mid_block):
        super().__init__()
        self.conv = nn.Sequential(conv3(channels, channels), nn.ReLU(), conv3(channels, channels), nn.ReLU(),
                                  conv3(channels, channels))
        self.pool = None
        if mid_block:
            wide = 4 * channels
            self.pool = nn.Sequential(nn.Conv2d(channels, wide, 1, bias=False), nn.GroupNorm(4, wide, eps=1e-5),
                                      nn.ReLU(), nn.Conv2d(wide, channels, 1, bias=False))

    def forward(self, x):
        if self.pool is not None:
            x = x + self.pool(x)
        return F.relu(self.conv(x) + x)


def taef2_encoder():
    layers = [conv3(3, 64), Block(64, False)]
    for stage in range(3):
        layers.append(conv3(64, 64, stride=2, bias=False))
        layers += [Block(64, stage == 2) for _ in range(3)]
    layers.append(conv3(64, 32))
    return nn.Sequential(*layers)


def pad_to_stride(x, stride):
    """Reflect-pad bottom/right to a multiple of the stride (replicate when the pad is too large to reflect)."""
    h, w = x.shape[2], x.shape[3]
    pad_h, pad_w = -h % stride, -w % stride
    if pad_h == 0 and pad_w == 0:
        return x
    mode = "reflect" if pad_h < h and pad_w < w else "replicate"
    return F.pad(x, (0, pad_w, 0, pad_h), mode=mode)


def encode_taps(encoder, rgb01):
    """N x 3 x H x W in [0,1] -> the six tapped maps, each cropped to ceil(H/s) x ceil(W/s) cells."""
    h, w = rgb01.shape[2], rgb01.shape[3]
    x = pad_to_stride(rgb01, STRIDE)
    padded_h = x.shape[2]
    taps = []
    for index, layer in enumerate(encoder):
        x = layer(x)
        if index in TAP_INDICES:
            s = max(1, padded_h // x.shape[2])
            taps.append(x[:, :, :-(-h // s), :-(-w // s)])
    return taps


def pooled_pair_features(ref_taps, dist_taps, grid):
    """Per tap [r, d, |r - d|] (raw features, not unit-normalised) averaged to a grid x grid partition."""
    return [F.adaptive_avg_pool2d(torch.cat([r, d, (r - d).abs()], 1), grid) for r, d in zip(ref_taps, dist_taps)]


class Head(nn.Module):
    """Within-layer 1x1 conv + ReLU + GroupNorm(1) per tap, across-layer 1x1 conv + ReLU, 3-layer MLP + sigmoid."""

    def __init__(self, tap_channels=TAP_CHANNELS, grid=16, within=8, across=2, hidden=8):
        super().__init__()
        self.within = nn.ModuleList(
            nn.Sequential(nn.Conv2d(3 * c, within, 1), nn.ReLU(), nn.GroupNorm(1, within)) for c in tap_channels)
        self.across = nn.Sequential(nn.Conv2d(within * len(tap_channels), across, 1), nn.ReLU())
        self.mlp = nn.Sequential(nn.Linear(across * grid * grid, hidden), nn.ReLU(), nn.Linear(hidden, hidden),
                                 nn.ReLU(), nn.Linear(hidden, 1), nn.Sigmoid())

    def forward(self, pooled):
        x = torch.cat([block(p) for block, p in zip(self.within, pooled)], 1)
        return self.mlp(self.across(x).flatten(1)).squeeze(1)


def head_from_metadata(metadata):
    if metadata.get("model") != "vae-qa":
        raise SystemExit(f"head metadata names model {metadata.get('model')!r}, not vae-qa")
    if metadata.get("encoder") != "taef2":
        raise SystemExit(f"this reference implements the taef2 encoder only, the head names {metadata.get('encoder')!r}")
    channels = tuple(int(c) for c in metadata["tap_channels"].split(","))
    if channels != TAP_CHANNELS:
        raise SystemExit(f"head tap_channels {channels} do not match taef2 {TAP_CHANNELS}")
    return Head(channels, int(metadata["grid"]), int(metadata["within_channels"]),
                int(metadata["across_channels"]), int(metadata["mlp_hidden"])), int(metadata["grid"]), int(metadata["crop_size"])


class VaeQa:
    """The whole scorer: frozen encoder, head, deterministic crops."""

    def __init__(self, head_path, encoder_weights=DEFAULT_ENCODER, crops=5, channels_last=False):
        if crops not in (1, 5):
            raise SystemExit(f"crops must be 1 or 5, not {crops}")
        self.encoder = taef2_encoder()
        load_state(self.encoder, encoder_weights)
        _, metadata = read_safetensors(head_path)
        self.head, self.grid, self.crop_size = head_from_metadata(metadata)
        load_state(self.head, head_path)
        for module in (self.encoder, self.head):
            module.eval().requires_grad_(False)
        self.set_channels_last(channels_last)
        self.crops = crops

    def set_channels_last(self, enabled):
        """Memory format of the encoder's weights and inputs (the head's tensors are tiny: left as they are)."""
        self.memory_format = torch.channels_last if enabled else torch.contiguous_format
        self.encoder.to(memory_format=self.memory_format)

    def crop_rects(self, height, width):
        """(x, y, w, h): the centre, then with 5 crops the four corners; duplicates dropped."""
        w, h = min(self.crop_size, width), min(self.crop_size, height)
        right, bottom = width - w, height - h
        rects = [(right // 2, bottom // 2, w, h)]
        if self.crops == 5:
            for r in ((0, 0, w, h), (right, 0, w, h), (0, bottom, w, h), (right, bottom, w, h)):
                if r not in rects:
                    rects.append(r)
        return rects

    def score(self, ref01, dist01):
        """ref01, dist01: H x W x 3 float32 arrays in [0,1] of the same size."""
        if ref01.shape != dist01.shape:
            raise SystemExit(f"reference {ref01.shape[:2]} and distorted {dist01.shape[:2]} differ in size")
        total = 0.0
        rects = self.crop_rects(ref01.shape[0], ref01.shape[1])
        for x, y, w, h in rects:
            pair = np.stack([ref01[y:y + h, x:x + w], dist01[y:y + h, x:x + w]])
            batch = torch.from_numpy(pair).permute(0, 3, 1, 2).contiguous(memory_format=self.memory_format)
            taps = encode_taps(self.encoder, batch)
            pooled = pooled_pair_features([t[0:1] for t in taps], [t[1:2] for t in taps], self.grid)
            total += float(self.head(pooled)[0])
        return total / len(rects)


# ---------------------------------------------------------------- images

def load_rgb01(path):
    """8-bit image -> H x W x 3 float32 in [0,1], EXIF orientation applied, alpha dropped (as IQA Studio loads)."""
    with Image.open(path) as im:
        im = ImageOps.exif_transpose(im)
        if im.mode not in ("RGB", "RGBA", "L", "LA", "P"):
            raise SystemExit(f"{path}: mode {im.mode} is not an 8-bit image; this reference reads 8-bit files only")
        rgb = np.asarray(im.convert("RGB"))
    return rgb.astype(np.float32) / np.float32(255.0)


def centre_crop(image, size):
    h, w = image.shape[:2]
    if h < size or w < size:
        raise SystemExit(f"the image is {w}x{h}, smaller than the {size}x{size} benchmark case")
    y, x = (h - size) // 2, (w - size) // 2
    return np.ascontiguousarray(image[y:y + size, x:x + size])


def synthetic_pair(size, seed=1):
    """A textured image and a noisy copy, for benchmarks run without image files."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) / size
    rings = np.sin(400.0 * ((xx - 0.4) ** 2 + (yy - 0.5) ** 2))
    ref = np.stack([0.25 + 0.45 * xx + 0.15 * rings, 0.35 + 0.4 * yy, 0.65 - 0.3 * xx * yy + 0.1 * rings], -1)
    ref = np.clip(ref + rng.normal(0, 0.05, ref.shape), 0, 1).astype(np.float32)
    dist = np.clip(ref + rng.normal(0, 0.04, ref.shape), 0, 1).astype(np.float32)
    return ref, dist


# ---------------------------------------------------------------- commands

def cmd_score(args):
    torch.set_num_threads(args.threads)
    model = VaeQa(args.head, args.encoder_weights, args.crops)
    with torch.inference_mode():
        print(repr(model.score(load_rgb01(args.ref), load_rgb01(args.dist))))


def summary(times, score):
    return {"median_ms": float(np.median(times)), "min_ms": min(times), "max_ms": max(times), "score": score,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0}  # KiB on Linux


def cmd_bench(args):
    if args.runs < 1 or args.threads < 1:
        raise SystemExit("--runs and --threads must be positive")
    torch.set_num_threads(args.threads)
    if bool(args.ref) != bool(args.dist):
        raise SystemExit("give both --ref and --dist, or neither (synthetic pair)")
    if args.ref:
        ref, dist = centre_crop(load_rgb01(args.ref), args.size), centre_crop(load_rgb01(args.dist), args.size)
    else:
        ref, dist = synthetic_pair(args.size)
    model = VaeQa(args.head, args.encoder_weights, args.crops, args.channels_last)
    guard = torch.inference_mode if args.grad_mode == "inference" else torch.no_grad
    threads, other_threads = args.threads, 1 if args.threads > 1 else 2
    # (name, switch on/off around the timed call, autograd guard); the first is the setting itself.
    settings = [("as given", None, guard)]
    if args.levers:
        settings += [
            ("memory format flipped", lambda on: model.set_channels_last(on != args.channels_last), guard),
            (f"{other_threads} intra-op thread(s) instead of {threads}",
             lambda on: torch.set_num_threads(other_threads if on else threads), guard),
            ("no_grad instead of inference_mode" if args.grad_mode == "inference"
             else "inference_mode instead of no_grad", None,
             torch.no_grad if args.grad_mode == "inference" else torch.inference_mode),
        ]
    times = [[] for _ in settings]
    scores = [None] * len(settings)
    # Settings interleaved run by run, so that load from other processes hits them alike; run 0 warms up.
    for run in range(args.runs + 1):
        for i, (_, switch, grad_guard) in enumerate(settings):
            if switch:
                switch(True)
            start = time.perf_counter()
            with grad_guard():
                scores[i] = model.score(ref, dist)
            elapsed = (time.perf_counter() - start) * 1e3
            if switch:
                switch(False)
            if run > 0:
                times[i].append(elapsed)
    result = {
        "implementation": "python", "torch": torch.__version__, "size": args.size, "crops": args.crops,
        "threads": threads, "channels_last": args.channels_last, "grad_mode": args.grad_mode,
        "runs": args.runs, **summary(times[0], scores[0]),
    }
    if args.levers:
        result["levers"] = [{"name": name, **summary(t, sc), "time_ratio": float(np.median(t) / np.median(times[0]))}
                            for (name, _, _), t, sc in zip(settings[1:], times[1:], scores[1:])]
    print(json.dumps(result))


def random_head_state(seed, init="default"):
    """A randomly initialised Head under a fixed seed.

    "default" is PyTorch's own initialisation; its head is nearly constant (a distorted pair and an
    identical pair score within a few 1e-3 of each other), too flat for an agreement check at 1e-4
    to mean much. "kaiming" (He-normal weights for ReLU, biases N(0, 0.1)) keeps the signal's scale
    through the layers, so scores spread by up to ~0.1 between such pairs.
    """
    torch.manual_seed(seed)
    head = Head()
    if init == "kaiming":
        with torch.no_grad():
            for m in head.modules():
                if isinstance(m, (nn.Conv2d, nn.Linear)):
                    nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
                    nn.init.normal_(m.bias, std=0.1)
    return {name: t.detach().numpy() for name, t in head.state_dict().items()}


def write_random_head(path, seed=0, init="default", overrides=None):
    """A random head with the metadata the C++ loader checks; `overrides` replaces entries of it."""
    write_safetensors(path, random_head_state(seed, init), {**HEAD_METADATA, **(overrides or {})})


def cmd_random_head(args):
    overrides = {}
    for item in args.set or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"--set needs KEY=VALUE, not {item!r}")
        overrides[key] = value
    write_random_head(args.out, args.seed, args.init, overrides)
    print(args.out)


def golden_max_difference(encoder_weights=DEFAULT_ENCODER):
    """Largest |port - upstream| over every top-level output for the golden input."""
    encoder = taef2_encoder()
    load_state(encoder, encoder_weights)
    encoder.eval()
    golden, _ = read_safetensors(GOLDEN / "outputs.safetensors")
    x = torch.from_numpy(load_rgb01(GOLDEN / "input_64x96.png")).permute(2, 0, 1).unsqueeze(0).contiguous()
    worst = 0.0
    with torch.inference_mode():
        for index, layer in enumerate(encoder):
            x = layer(x)
            worst = max(worst, float((x - torch.from_numpy(golden[f"encoder.{index}"])).abs().max()))
    return worst


def cmd_check_golden(args):
    print(repr(golden_max_difference(args.encoder_weights)))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p):
        p.add_argument("--encoder-weights", default=str(DEFAULT_ENCODER), help="taef2_encoder.safetensors")
        return p

    p = common(sub.add_parser("score", help="score one pair"))
    p.add_argument("--head", required=True)
    p.add_argument("--ref", required=True)
    p.add_argument("--dist", required=True)
    p.add_argument("--crops", type=int, choices=(1, 5), default=5)
    p.add_argument("--threads", type=int, default=2)
    p.set_defaults(run=cmd_score)

    p = common(sub.add_parser("bench", help="latency of one pair"))
    p.add_argument("--head", required=True)
    p.add_argument("--size", type=int, choices=(256, 512), required=True)
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--crops", type=int, choices=(1, 5), default=5)
    p.add_argument("--channels-last", action="store_true")
    p.add_argument("--grad-mode", choices=("inference", "no-grad"), default="inference")
    p.add_argument("--levers", action="store_true",
                   help="also time, interleaved, each lever flipped: memory format, thread count, autograd mode")
    p.add_argument("--ref", help="centre-cropped to --size (default: a synthetic pair)")
    p.add_argument("--dist")
    p.set_defaults(run=cmd_bench)

    p = sub.add_parser("random-head", help="write a randomly initialised head")
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--init", choices=("default", "kaiming"), default="default")
    p.add_argument("--set", action="append", metavar="KEY=VALUE", help="override a metadata entry")
    p.set_defaults(run=cmd_random_head)

    p = common(sub.add_parser("check-golden", help="compare the encoder with the golden outputs"))
    p.set_defaults(run=cmd_check_golden)

    args = parser.parse_args(argv)
    args.run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
