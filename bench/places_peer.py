#!/usr/bin/env python3
"""Peer for the place-finding benchmark: an Aho-Corasick matcher (pyahocorasick)
over the same normalized names ControlMap matches, run over the same text.

The text is normalized the way ControlMap folds names at its first level: NFKD,
combining marks dropped, lowercase, apostrophes removed, every other non-letter
a space. Names are matched on word boundaries. Prints one JSON line.

Usage: places_peer.py NAMES CORPUS
"""
import json
import re
import resource
import sys
import time
import unicodedata

import ahocorasick


def main():
    names_path, corpus_path = sys.argv[1], sys.argv[2]
    with open(names_path, encoding="utf-8") as handle:
        names = [line.rstrip("\n") for line in handle if line.strip()]
    started = time.perf_counter()
    automaton = ahocorasick.Automaton()
    for index, name in enumerate(names):
        automaton.add_word(" " + name + " ", index)
    automaton.make_automaton()
    built = time.perf_counter()

    with open(corpus_path, encoding="utf-8") as handle:
        text = handle.read()
    size = len(text.encode("utf-8"))
    t0 = time.perf_counter()
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)) if not folded.isascii() else folded
    folded = folded.lower()
    folded = re.sub(r"[’‘ʿʾʼ'`]", "", folded)
    folded = " " + re.sub(r"[^\w]+|_", " ", folded) + " "
    matches = 0
    for _end, _index in automaton.iter(folded):
        matches += 1
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"tool": "pyahocorasick (Python)", "seconds": seconds, "megabytes": size / 1e6,
                      "matches": matches, "peak_mb": peak_mb, "build_seconds": built - started}))


if __name__ == "__main__":
    main()
