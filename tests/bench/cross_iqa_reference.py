#!/usr/bin/python3
"""Independent PyTorch port of the Cross-IQA network (ViT encoder, reconstruction decoder, linear head) and scoring.

Written from the specification (DESIGN.md section 2.2, the checkpoint format of docs/models/cross-iqa.md
and the shapes in core/models/detail/CrossIqaNetwork.h), without importing project code, so that the
C++ port can be checked against it and its speed compared with Debian's python3-torch.

    cross_iqa_reference.py random-checkpoint --out C [--seed S]
    cross_iqa_reference.py score --checkpoint C --image I [I...] [--crops 1|5] [--threads T]
    cross_iqa_reference.py bench --case latency|pretrain|features [--checkpoint C] [--runs N] [--threads T]
                                 [--image I] [--images I [I...]] [--batch B] [--seed S]

`random-checkpoint` writes a seeded random transformer with head_trained=true (see random_state for
why its init differs from the training init); `score` prints one JSON object with each image's score;
`bench` prints one JSON line per measurement (median, min, max ms over --runs after one warm-up, the
throughput at the median, peak RSS of this process):
  latency   one 512x512 image, scored with 5 crops (the tile grid, 3x3 tiles) and with 1 crop;
  pretrain  one pre-training step on B pairs of random 128x128 views (2B views encoded, 4B
            reconstructions decoded, loss, backward, gradient clipping, AdamW step): views/s;
  features  the head stage's feature extraction (class token averaged over the tile grid) for a set
            of 512x512 images, one pass per run: images/s.

Needs /usr/bin/python3 with numpy, torch (python3-torch 1.13) and Pillow (python3-pil). Safetensors
and images are read with the helpers of vae_qa_reference.py beside this file.
"""
import argparse
import json
import math
import pathlib
import resource
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from vae_qa_reference import load_rgb01, read_safetensors, synthetic_pair, write_safetensors  # noqa: E402

MIN_SIDE = 32         # smaller images are refused
MAX_TILES_PER_SIDE = 3  # the grid of 5 "crops": ceil(side / 128) tiles per side, at most this many
BENCH_SIDE = 512
SHAPE_KEYS = ("image_size", "patch_size", "dim", "depth", "heads", "mlp_ratio",
              "decoder_dim", "decoder_depth", "decoder_heads")
DEFAULT_SHAPE = {"image_size": 128, "patch_size": 16, "dim": 192, "depth": 6, "heads": 3, "mlp_ratio": 4,
                 "decoder_dim": 128, "decoder_depth": 2, "decoder_heads": 4}
# Pre-training optimiser as specified: AdamW, betas (0.9, 0.95), weight decay 0.05, gradients clipped
# to norm 1. The learning rate does not change the cost of a step.
LEARNING_RATE, BETAS, WEIGHT_DECAY, CLIP_NORM = 5e-4, (0.9, 0.95), 0.05, 1.0


# ---------------------------------------------------------------- network

def normalise(rgb01):
    return (rgb01 - 0.5) / 0.25


class Attention(nn.Module):
    def __init__(self, dim, heads):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(dim, 3 * dim)
        self.proj = nn.Linear(dim, dim)

    def forward(self, x):
        n, t, d = x.shape
        hd = d // self.heads
        q, k, v = self.qkv(x).reshape(n, t, 3, self.heads, hd).permute(2, 0, 3, 1, 4)
        attention = torch.softmax(q @ k.transpose(-2, -1) / math.sqrt(hd), dim=-1)
        return self.proj((attention @ v).transpose(1, 2).reshape(n, t, d))


class Block(nn.Module):
    """Pre-norm: x + attn(LN(x)), then x + fc2(GELU(fc1(LN(x)))); LayerNorm eps 1e-6, exact (erf) GELU."""

    def __init__(self, dim, heads, mlp_ratio):
        super().__init__()
        self.norm1 = nn.LayerNorm(dim, eps=1e-6)
        self.attn = Attention(dim, heads)
        self.norm2 = nn.LayerNorm(dim, eps=1e-6)
        self.fc1 = nn.Linear(dim, dim * mlp_ratio)
        self.fc2 = nn.Linear(dim * mlp_ratio, dim)

    def forward(self, x):
        x = x + self.attn(self.norm1(x))
        return x + self.fc2(F.gelu(self.fc1(self.norm2(x))))


class Encoder(nn.Module):
    def __init__(self, s):
        super().__init__()
        patches = (s["image_size"] // s["patch_size"]) ** 2
        self.patch_embed = nn.Conv2d(3, s["dim"], s["patch_size"], stride=s["patch_size"])
        self.cls_token = nn.Parameter(torch.zeros(1, 1, s["dim"]))
        self.pos_embed = nn.Parameter(torch.zeros(1, patches + 1, s["dim"]))
        self.blocks = nn.ModuleList(Block(s["dim"], s["heads"], s["mlp_ratio"]) for _ in range(s["depth"]))
        self.norm = nn.LayerNorm(s["dim"], eps=1e-6)

    def forward(self, rgb01):
        """N x 3 x S x S in [0,1] -> (class token q: N x D, patch tokens c: N x P x D), after the final norm."""
        x = self.patch_embed(normalise(rgb01)).flatten(2).transpose(1, 2)
        x = torch.cat([self.cls_token.expand(x.shape[0], -1, -1), x], 1) + self.pos_embed
        for block in self.blocks:
            x = block(x)
        x = self.norm(x)
        return x[:, 0], x[:, 1:]


class Decoder(nn.Module):
    """(q, c) -> one view on the normalised pixel scale; q is its own first token."""

    def __init__(self, s):
        super().__init__()
        self.image_size, self.patch_size = s["image_size"], s["patch_size"]
        patches = (s["image_size"] // s["patch_size"]) ** 2
        self.embed = nn.Linear(s["dim"], s["decoder_dim"])
        self.pos_embed = nn.Parameter(torch.zeros(1, patches + 1, s["decoder_dim"]))
        self.blocks = nn.ModuleList(Block(s["decoder_dim"], s["decoder_heads"], s["mlp_ratio"])
                                    for _ in range(s["decoder_depth"]))
        self.norm = nn.LayerNorm(s["decoder_dim"], eps=1e-6)
        self.pixels = nn.Linear(s["decoder_dim"], s["patch_size"] ** 2 * 3)

    def forward(self, quality, content):
        x = self.embed(torch.cat([quality.unsqueeze(1), content], 1)) + self.pos_embed
        for block in self.blocks:
            x = block(x)
        patches = self.pixels(self.norm(x)[:, 1:])
        # Each patch's pixels are stored row by row, RGB innermost (N x P x (p*p*3)).
        n, g, p = patches.shape[0], self.image_size // self.patch_size, self.patch_size
        return patches.reshape(n, g, g, p, p, 3).permute(0, 5, 1, 3, 2, 4).reshape(n, 3, g * p, g * p)


class CrossIqaNet(nn.Module):
    def __init__(self, s):
        super().__init__()
        self.shape = dict(s)
        self.encoder = Encoder(s)
        self.decoder = Decoder(s)
        self.head = nn.Linear(s["dim"], 1)


def reconstruction_losses(net, view_a, view_b, second_on_a, first_on_b):
    """The pretext task on a batch of pairs: (total, cross, self) pixel MSE on the normalised scale.

    A = d1(x) and B = d2(y) are encoded as one batch; the decoder rebuilds d2(x) from (c_A, q_B),
    d1(y) from (c_B, q_A), and A and B from their own tokens, also as one batch.
    """
    n = view_a.shape[0]
    q, c = net.encoder(torch.cat([view_a, view_b]))
    q_a, q_b, c_a, c_b = q[:n], q[n:], c[:n], c[n:]
    rebuilt = net.decoder(torch.cat([q_b, q_a, q_a, q_b]), torch.cat([c_a, c_b, c_a, c_b]))
    target = normalise(torch.cat([second_on_a, first_on_b, view_a, view_b]))
    cross = F.mse_loss(rebuilt[:2 * n], target[:2 * n])
    own = F.mse_loss(rebuilt[2 * n:], target[2 * n:])
    return cross + own, cross, own


# ---------------------------------------------------------------- checkpoints

def shape_from_metadata(metadata, path):
    if metadata.get("model") != "cross-iqa":
        raise SystemExit(f"{path}: metadata names model {metadata.get('model')!r}, not cross-iqa")
    try:
        shape = {key: int(metadata[key]) for key in SHAPE_KEYS}
    except (KeyError, ValueError) as error:
        raise SystemExit(f"{path}: no valid shape key {error} in the metadata")
    if shape["image_size"] % shape["patch_size"] or shape["dim"] % shape["heads"] \
            or shape["decoder_dim"] % shape["decoder_heads"]:
        raise SystemExit(f"{path}: impossible transformer shape {shape}")
    return shape


# The decoder of `--conditioned-decoder` pre-training (modulation by q, a variance per patch, the
# degradation probe, the mask token) only serves the pretext task; this port scores and times the plain
# pretext, so it reads those tensors' names and leaves them out. Any other stray tensor is an error.
CONDITIONED_DECODER_PREFIXES = ("decoder.modulation.", "decoder.log_variance.", "decoder.degradation.",
                                "decoder.mask_token")


def load_checkpoint(path, require_head=True):
    tensors, metadata = read_safetensors(path)
    net = CrossIqaNet(shape_from_metadata(metadata, path))
    conditioning = metadata.get("decoder_conditioning", "token")
    if conditioning not in ("token", "token+modulation"):
        raise SystemExit(f"{path}: unknown decoder_conditioning {conditioning!r}")
    if conditioning == "token+modulation":
        tensors = {name: array for name, array in tensors.items()
                   if not name.startswith(CONDITIONED_DECODER_PREFIXES)}
    net.load_state_dict({name: torch.from_numpy(array) for name, array in tensors.items()}, strict=True)
    if require_head and metadata.get("head_trained") != "true":
        raise SystemExit(f"{path}: the quality head has not been fitted (head_trained is not true)")
    net.eval().requires_grad_(False)
    return net, metadata


def random_state(seed, shape=None):
    """A seeded random network's tensors for agreement checks and benchmarks.

    Weights, class token and positions are drawn from a normal of std 0.02 cut at two standard
    deviations, as in ViT training. Unlike a training init, biases are N(0, 0.02) and LayerNorm
    scales 1 + N(0, 0.1), shifts N(0, 0.02), so that a loader mixing up two biases or norms cannot
    pass unseen; and the head is N(0, 1/sqrt(dim)) with bias 0.5: the final LayerNorm leaves class
    tokens of unit scale, so scores differ between images by ~0.1 instead of ~0.01 with a 0.02 head.
    """
    shape = shape or DEFAULT_SHAPE
    generator = torch.Generator().manual_seed(seed)
    net = CrossIqaNet(shape)
    state = {}
    for name, p in net.state_dict().items():
        normal = torch.randn(p.shape, generator=generator)
        if name.startswith("head."):
            value = normal / math.sqrt(shape["dim"]) if name.endswith("weight") else torch.full(p.shape, 0.5)
        elif ".norm" in name:
            value = 1.0 + 0.1 * normal if name.endswith("weight") else 0.02 * normal
        elif name.endswith("bias"):
            value = 0.02 * normal
        else:
            value = (0.02 * normal).clamp(-0.04, 0.04)
        state[name] = value.numpy().astype(np.float32)
    return state


def write_random_checkpoint(path, seed=0):
    metadata = {"model": "cross-iqa", **{k: str(v) for k, v in DEFAULT_SHAPE.items()},
                "stage": "random-reference", "head_trained": "true", "random_seed": str(seed)}
    write_safetensors(path, random_state(seed), metadata)


# ---------------------------------------------------------------- tiles and scores

def reflect101_indices(length, before, after):
    """Source indices of a side padded by mirroring without repeating the edge pixel (OpenCV's
    BORDER_REFLECT_101), folding again when the pad is longer than the side."""
    out = []
    for p in range(-before, length + after):
        while not 0 <= p < length:
            p = -p if p < 0 else 2 * (length - 1) - p
        out.append(p)
    return np.array(out)


def prepared(rgb01, tile):
    """H x W x 3 in [0,1], each side shorter than a tile mirrored out to it (pad split floor-first)."""
    h, w = rgb01.shape[:2]
    if h < MIN_SIDE or w < MIN_SIDE:
        raise SystemExit(f"Cross-IQA needs images of at least {MIN_SIDE}x{MIN_SIDE} pixels; this one is {w}x{h}")
    pad_y, pad_x = max(0, tile - h), max(0, tile - w)
    if pad_y == 0 and pad_x == 0:
        return rgb01
    rows = reflect101_indices(h, pad_y // 2, pad_y - pad_y // 2)
    cols = reflect101_indices(w, pad_x // 2, pad_x - pad_x // 2)
    return np.ascontiguousarray(rgb01[rows][:, cols])


def tile_starts(length, crops, tile):
    """One centred tile with crops=1; otherwise ceil(length/tile) tiles (1..MAX_TILES_PER_SIDE) spread from edge
    to edge."""
    n = 1 if crops == 1 else min(max(-(-length // tile), 1), MAX_TILES_PER_SIDE)
    if n == 1:
        return [(length - tile) // 2]
    # Rounded half away from zero (C's lround), not Python's half-to-even round().
    return [int(math.floor(i * (length - tile) / (n - 1) + 0.5)) for i in range(n)]


def tiles(rgb01, crops, tile):
    image = prepared(rgb01, tile)
    h, w = image.shape[:2]
    out = [image[y:y + tile, x:x + tile] for y in tile_starts(h, crops, tile) for x in tile_starts(w, crops, tile)]
    return torch.from_numpy(np.stack(out)).permute(0, 3, 1, 2).contiguous()


def quality_features(net, rgb01, crops):
    """The class token averaged over the tiles (what the head reads)."""
    q, _ = net.encoder(tiles(rgb01, crops, net.shape["image_size"]))
    return q.mean(0)


def score(net, rgb01, crops):
    return float(net.head(quality_features(net, rgb01, crops).unsqueeze(0))[0, 0])


# ---------------------------------------------------------------- commands

def cmd_random_checkpoint(args):
    write_random_checkpoint(args.out, args.seed)
    print(args.out)


def cmd_score(args):
    torch.set_num_threads(args.threads)
    net, _ = load_checkpoint(args.checkpoint)
    with torch.inference_mode():
        results = [{"image": path, "score": score(net, load_rgb01(path), args.crops)} for path in args.image]
    print(json.dumps({"implementation": "python", "crops": args.crops, "results": results}))


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def timed(runs, work):
    """Milliseconds of `runs` calls after one untimed warm-up call; the last call's result."""
    result = work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - start) * 1e3)
    return times, result


def line(args, name, times, **extra):
    return {"implementation": "python", "torch": torch.__version__, "case": args.case, "name": name,
            "threads": args.threads, "runs": args.runs, "median_ms": float(np.median(times)),
            "min_ms": min(times), "max_ms": max(times), **extra, "peak_rss_mb": peak_rss_mb()}


def bench_image(path, seed):
    """A decoded 8-bit 512x512 image: the centre of `path`, or a synthetic texture.

    8-bit, not [0,1]: the timed calls convert it, as CrossIqaModel::scoreImage does with its Image."""
    if path:
        image = load_rgb01(path)
        h, w = image.shape[:2]
        if h < BENCH_SIDE or w < BENCH_SIDE:
            raise SystemExit(f"{path} is {w}x{h}, smaller than the {BENCH_SIDE}x{BENCH_SIDE} benchmark case")
        y, x = (h - BENCH_SIDE) // 2, (w - BENCH_SIDE) // 2
        image = image[y:y + BENCH_SIDE, x:x + BENCH_SIDE]
    else:
        image = synthetic_pair(BENCH_SIDE, seed)[0]
    return np.ascontiguousarray(np.round(image * 255.0).astype(np.uint8))


def to01(rgb8):
    return rgb8.astype(np.float32) / np.float32(255.0)


def bench_net(args):
    if args.checkpoint:
        return load_checkpoint(args.checkpoint)[0]
    net = CrossIqaNet(DEFAULT_SHAPE)
    net.load_state_dict({k: torch.from_numpy(v) for k, v in random_state(args.seed).items()})
    return net.eval().requires_grad_(False)


def bench_latency(args):
    net = bench_net(args)
    image = bench_image(args.image, args.seed)
    out = []
    for crops in (5, 1):
        with torch.inference_mode():
            times, s = timed(args.runs, lambda: score(net, to01(image), crops))
        out.append(line(args, f"512x512 image, {len(tiles(to01(image), crops, net.shape['image_size']))} tile(s)", times,
                        crops=crops, score=s))
    return out


def bench_features(args):
    net = bench_net(args)
    images = [bench_image(p, args.seed) for p in args.images] if args.images else \
        [bench_image(None, args.seed + i) for i in range(8)]
    with torch.inference_mode():
        times, features = timed(args.runs, lambda: [quality_features(net, to01(im), 5) for im in images])
    median_s = float(np.median(times)) / 1e3
    return [line(args, f"head-stage features, {len(images)} images of 512x512, 5 crops", times,
                 images=len(images), images_per_s=len(images) / median_s,
                 feature_mean=float(torch.stack(features).mean()))]


def bench_pretrain(args):
    torch.manual_seed(args.seed)
    net = CrossIqaNet(DEFAULT_SHAPE)
    net.load_state_dict({k: torch.from_numpy(v) for k, v in random_state(args.seed).items()})
    net.train()
    net.head.requires_grad_(False)  # the head is not part of pre-training
    trainable = list(net.encoder.parameters()) + list(net.decoder.parameters())
    optimiser = torch.optim.AdamW(trainable, lr=LEARNING_RATE, betas=BETAS, weight_decay=WEIGHT_DECAY)
    side = net.shape["image_size"]
    # Random views: the cost of a step does not depend on the pixels, and building degraded views
    # is the data pipeline's cost, not the network's.
    views = [torch.rand(args.batch, 3, side, side) for _ in range(4)]

    def step():
        total, _, _ = reconstruction_losses(net, *views)
        optimiser.zero_grad()
        total.backward()
        torch.nn.utils.clip_grad_norm_(trainable, CLIP_NORM)
        optimiser.step()
        return float(total)

    times, loss = timed(args.runs, step)
    median_s = float(np.median(times)) / 1e3
    return [line(args, f"pre-training step, {args.batch} pairs of {side}x{side} views", times, batch_pairs=args.batch,
                 views_per_s=2 * args.batch / median_s, loss=loss)]


def cmd_bench(args):
    if args.runs < 1 or args.threads < 1 or args.batch < 1:
        raise SystemExit("--runs, --threads and --batch must be positive")
    torch.set_num_threads(args.threads)
    cases = {"latency": bench_latency, "features": bench_features, "pretrain": bench_pretrain}
    for result in cases[args.case](args):
        print(json.dumps(result), flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("random-checkpoint", help="write a seeded random checkpoint with head_trained=true")
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(run=cmd_random_checkpoint)

    p = sub.add_parser("score", help="score images, JSON on stdout")
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--image", required=True, nargs="+")
    p.add_argument("--crops", type=int, choices=(1, 5), default=5)
    p.add_argument("--threads", type=int, default=2)
    p.set_defaults(run=cmd_score)

    p = sub.add_parser("bench", help="one JSON line per measurement")
    p.add_argument("--case", choices=("latency", "pretrain", "features"), required=True)
    p.add_argument("--checkpoint", help="for latency and features (default: a random network from --seed)")
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--image", help="latency: an image of at least 512x512, centre-cropped (default: synthetic)")
    p.add_argument("--images", nargs="+", help="features: images of at least 512x512 (default: 8 synthetic)")
    p.add_argument("--batch", type=int, default=32, help="pretrain: pairs per step")
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(run=cmd_bench)

    args = parser.parse_args(argv)
    args.run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
