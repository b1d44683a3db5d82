#!/usr/bin/env python3
"""Builds a synthetic corpus for measuring `frtext report` (never committed: write it under /tmp).

Usage: make-corpus.py OUT_DIR [--documents 1000] [--seed 1] SOURCE_DIR...

Each document is 3-12 paragraphs drawn (seeded, so the corpus is the same on every run) from
the .txt files of the SOURCE_DIRs (Corpus/ and the dev texts), keeping their quotes, names
and dates. Documents go into 10 source folders (source-00 … source-09); about 1 in 100 is
written in Windows-1252 to exercise the charset conversion.
"""
import argparse
import pathlib
import random

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("sources", nargs="+")
parser.add_argument("--documents", type=int, default=1000)
parser.add_argument("--seed", type=int, default=1)
args = parser.parse_args()

paragraphs = []
for source in args.sources:
    for path in sorted(pathlib.Path(source).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs += [p.strip() for p in text.split("\n") if len(p.strip()) > 40]
if not paragraphs:
    raise SystemExit("no paragraphs found in " + ", ".join(args.sources))

rng = random.Random(args.seed)
out = pathlib.Path(args.out)
total = 0
for i in range(args.documents):
    folder = out / f"source-{i % 10:02d}"
    folder.mkdir(parents=True, exist_ok=True)
    start = rng.randrange(len(paragraphs))
    count = rng.randint(3, 12)
    chosen = [paragraphs[(start + k) % len(paragraphs)] for k in range(count)]
    text = "\n\n".join(chosen) + "\n"
    path = folder / f"doc-{i:06d}.txt"
    if i % 100 == 37:
        data = text.encode("cp1252", errors="replace")
    else:
        data = text.encode("utf-8")
    path.write_bytes(data)
    total += len(data)
print(f"{args.documents} documents, {total / 1e6:.1f} MB in {out}")
