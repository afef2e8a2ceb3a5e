"""CPU time of the canonical-speaker table an index build ends with (the serial tail of a build).

    python benchmarks/bench_speaker_table.py --index /tmp/bench_index --runs 7

After the build workers finish, the indexer builds ``speakers.json`` from the manifest's speaker rows
(:func:`briefing.index.speaker_table.refresh_table`) while both cores are otherwise idle. Each run is a
fresh interpreter, as the indexer's is: its name caches start empty. Prints the CPU time
(``process_time``) of building the table from the manifest in memory and of dumping it as JSON,
minimum and median over the runs (the machine is shared: compare interleaved runs by their minimum).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

_ONE_RUN = """
import sys, time
from pathlib import Path
from briefing.index.engine.store import read_manifest
from briefing.index.speaker_table import build_from_manifest, manifest_stamp
import briefing.index.quotes.grouping, briefing.index.quotes.gender as gender
gender.first_name_gender("ann")  # the first-name table: read by the build workers' quote pass too
index = Path(sys.argv[1])
manifest, stamp = read_manifest(index), manifest_stamp(index)
t0 = time.process_time()
table = build_from_manifest(index, manifest=manifest)
t1 = time.process_time()
table.to_file(stamp).model_dump_json()
t2 = time.process_time()
rows = sum(len(e.speakers) for e in manifest.files.values())
print(t1 - t0, t2 - t1, len(manifest.files), rows, len(table.speakers))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--index", type=Path, required=True, help="an index folder with a manifest")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    if not (args.index / "manifest.json").exists():
        raise SystemExit(f"no manifest.json in {args.index}: build an index there first")
    build, dump = [], []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", _ONE_RUN, str(args.index)], capture_output=True, text=True,
                             check=True).stdout.split()
        build.append(float(out[0]))
        dump.append(float(out[1]))
    files, rows, speakers = out[2:]
    print(f"{files} articles, {rows} speaker rows -> {speakers} canonical speakers")
    for name, xs in (("build_from_manifest", build), ("JSON dump", dump)):
        print(f"  {name:20s} CPU min {min(xs):.3f} s, median {statistics.median(xs):.3f} s ({len(xs)} runs)")


if __name__ == "__main__":
    main()
