#!/usr/bin/env python3
"""How often the Traditional and Simplified sentence of a pair get the same word boundaries.

    python3 Tools/seg-consistency.py PARALLEL.jsonl [--cmd '.build/release/zhkit segment']

PARALLEL is JSON Lines with "trad" and "simp" per sentence (../shared/eval/ud-gsd-dev.parallel.jsonl).
Both sides are segmented in one run each; a pair counts as consistent when the two token
sequences give the same set of boundaries (offsets in characters, spaces removed). Pairs whose two
sides differ in length (a conversion that changes length) are compared as they are and reported.
Last line: `summary consistent=... n=...`.
"""
import argparse
import json
import shlex
import subprocess


def boundaries(line):
    out, pos = set(), 0
    for word in line.split():
        pos += len(word)
        out.add(pos)
    return out


def segment(cmd, sentences):
    proc = subprocess.run(shlex.split(cmd), input="".join(s + "\n" for s in sentences).encode(),
                          capture_output=True, check=True)
    lines = proc.stdout.decode().split("\n")
    return lines[:len(sentences)]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file")
    ap.add_argument("--cmd", default=".build/release/zhkit segment")
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args()
    pairs = [json.loads(l) for l in open(args.file, encoding="utf-8") if l.strip()]
    pairs = [p for p in pairs if "trad" in p and "simp" in p]
    trad = segment(args.cmd, [p["trad"] for p in pairs])
    simp = segment(args.cmd, [p["simp"] for p in pairs])
    same = lengths_differ = shown = 0
    for p, t, s in zip(pairs, trad, simp):
        if len(p["trad"].replace(" ", "")) != len(p["simp"].replace(" ", "")):
            lengths_differ += 1
        if boundaries(t) == boundaries(s):
            same += 1
        elif shown < args.errors:
            shown += 1
            print(f"  trad: {t}\n  simp: {s}")
    n = len(pairs)
    print(f"pairs {n}, same boundaries {same}, sides of different length {lengths_differ}")
    print(f"summary consistent={same / n:.4f} n={n}")


if __name__ == "__main__":
    main()
