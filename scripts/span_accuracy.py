#!/usr/bin/env python3
"""How well apidiag's reported line ranges match the errors inserted into a benchmark log.

    python3 ../shared/bench/make_log.py --corpus ../shared/corpus/dev.jsonl --mb 200 \\
        --every 20000 --manifest /tmp/m.jsonl > /tmp/big.log
    target/release/apidiag --format ndjson /tmp/big.log > /tmp/d.ndjson
    python3 scripts/span_accuracy.py /tmp/m.jsonl /tmp/d.ndjson

The manifest has one JSON object per inserted error text ({"id", "start", "end",
"category"}, 1-based inclusive lines); the NDJSON has one diagnosis per occurrence, whose
"lines" is its range. Prints:

- coverage: the share of inserted errors that a reported range overlaps, and the share
  that one contains whole;
- ranges reaching noise: reported ranges that include a line outside every inserted error,
  and ranges lying wholly in noise (false alarms);
- span distance: for each covered error, |start difference| + |end difference| between it
  and the reported range that overlaps it most; median, mean and 90th percentile;
- category agreement of those pairs.
With --json the figures are printed as one JSON object instead.
"""
import argparse
import bisect
import json
import statistics
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def overlap(a_start, a_end, b_start, b_end):
    return max(0, min(a_end, b_end) - max(a_start, b_start) + 1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("manifest")
    ap.add_argument("ndjson")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    inserted = sorted(load(args.manifest), key=lambda e: e["start"])
    reported = sorted(
        ({"start": d["lines"]["start"], "end": d["lines"]["end"], "category": d["category"]}
         for d in load(args.ndjson)),
        key=lambda r: r["start"],
    )
    starts = [e["start"] for e in inserted]

    def inserted_overlapping(r):
        """Inserted errors that overlap reported range r."""
        i = bisect.bisect_right(starts, r["end"])
        out = []
        while i > 0:
            i -= 1
            e = inserted[i]
            if e["end"] < r["start"]:
                # Inserted texts do not overlap each other, so earlier ones end earlier.
                break
            out.append(e)
        return out

    best = {}  # inserted index (by start) -> (overlap, reported)
    reaching_noise = pure_noise = 0
    for r in reported:
        hits = inserted_overlapping(r)
        covered_lines = sum(overlap(r["start"], r["end"], e["start"], e["end"]) for e in hits)
        if covered_lines < r["end"] - r["start"] + 1:
            reaching_noise += 1
        if not hits:
            pure_noise += 1
        for e in hits:
            o = overlap(r["start"], r["end"], e["start"], e["end"])
            if o > best.get(e["start"], (0, None))[0]:
                best[e["start"]] = (o, r)

    distances, contained, same_category = [], 0, 0
    for e in inserted:
        if e["start"] not in best:
            continue
        r = best[e["start"]][1]
        distances.append(abs(r["start"] - e["start"]) + abs(r["end"] - e["end"]))
        if r["start"] <= e["start"] and e["end"] <= r["end"]:
            contained += 1
        if r["category"] == e["category"]:
            same_category += 1

    n, m = len(inserted), len(reported)
    pct = lambda a, b: round(100.0 * a / b, 2) if b else 0.0
    figures = {
        "inserted": n,
        "reported_ranges": m,
        "covered": len(best),
        "coverage_pct": pct(len(best), n),
        "contained_pct": pct(contained, n),
        "ranges_reaching_noise": reaching_noise,
        "ranges_reaching_noise_pct": pct(reaching_noise, m),
        "ranges_only_noise": pure_noise,
        "span_distance_median": statistics.median(distances) if distances else None,
        "span_distance_mean": round(statistics.mean(distances), 2) if distances else None,
        "span_distance_p90": (sorted(distances)[int(0.9 * (len(distances) - 1))]
                              if distances else None),
        "same_category_pct": pct(same_category, len(best)),
    }
    if args.json:
        json.dump(figures, sys.stdout)
        print()
        return
    print(f"inserted errors            {n}")
    print(f"reported ranges            {m}")
    print(f"coverage (overlap)         {figures['coverage_pct']}%  ({len(best)}/{n})")
    print(f"coverage (whole error)     {figures['contained_pct']}%  ({contained}/{n})")
    print(f"ranges reaching noise      {figures['ranges_reaching_noise_pct']}%  "
          f"({reaching_noise}/{m}; {pure_noise} wholly noise)")
    print(f"span distance (lines)      median {figures['span_distance_median']}, "
          f"mean {figures['span_distance_mean']}, p90 {figures['span_distance_p90']}")
    print(f"same category              {figures['same_category_pct']}%")


if __name__ == "__main__":
    main()
