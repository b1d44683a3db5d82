#!/usr/bin/env python3
"""Count, per attribution path, how many matched quotes had the right speaker: the table behind quote confidences.

    python3 Scripts/calibrate_confidence.py [--score ../shared/eval/score.py] [--prior OLD_TABLE] [--held-out] GOLD_DIR:REPORT.jsonl ... \
        > Sources/FrenchText/Resources/quote_confidence.tsv

Each REPORT.jsonl is `frtext report GOLD_DIR --format jsonl --dates …` (publication dates from the gold). The
scorer pairs system quotes with gold quotes and says whether each pair's speaker is right; this script reads those
pairings and counts them by (rule, path), the path being how stage 2 reached the speaker (`speaker_resolution`),
`name`, `pronoun` or `described` for how stage 1 named it, `unnamed` for a speaker the text never names, `no-speaker` for no speaker — the
same key as `ConfidenceCalibration.path(of:)`. With `--held-out` it writes no table but checks one: each set's quotes
get the confidence a table made from the prior and the other sets gives them, and the bands say how often those were
right (leave-one-set-out, so no set grades a table made from it). Development tool only: FrenchText never runs Python.
"""
import argparse, collections, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def path_of(q):
    """The same key as ConfidenceCalibration.path(of:)."""
    if q.get("speaker_resolution"):
        return q["speaker_resolution"]
    if not q.get("speaker_mention") and not q.get("speaker"):
        return "no-speaker"
    name = q.get("speaker")
    if not name:
        return "unnamed"
    mention = q.get("speaker_mention") or ""
    m, n = mention.lower(), name.lower()
    if not m or m in n or n in m:
        return "name"
    one_word = " " not in m and "\u2019" not in m and "'" not in m
    return "pronoun" if one_word and mention == m else "described"


STRENGTH = 3.0  # ConfidenceCalibration.strength
BANDS = [(0.90, 1.01), (0.80, 0.90), (0.70, 0.80), (0.55, 0.70), (0.0, 0.55)]


def confidence(counts, rule, path):
    """ConfidenceCalibration.confidence(rule:path:) over `counts`; None for a rule the counts never saw."""
    rules = collections.defaultdict(lambda: [0, 0])
    right = total = 0
    for (r, _), (a, n) in counts.items():
        rules[r][0] += a
        rules[r][1] += n
        right += a
        total += n
    if rule not in rules:
        return None
    overall = (right + 1) / (total + 2)
    p_rule = (rules[rule][0] + STRENGTH * overall) / (rules[rule][1] + STRENGTH)
    a, n = counts.get((rule, path), (0, 0))
    return round((a + STRENGTH * p_rule) / (n + STRENGTH), 2)


def pairings(score, gold, report):
    """(rule, path, speaker right?, confidence in the report) for each quote the scorer matched."""
    from score import word_count, MIN_QUOTE_WORDS  # the scorer's own notion of a quote it keeps
    detail = json.loads(subprocess.run([sys.executable, score, gold, report, "--json", "--detail", "--quiet"],
                                       check=True, capture_output=True, text=True).stdout)
    system = {}
    for line in open(report, encoding="utf-8"):
        d = json.loads(line)
        system[d["document"].rsplit(".", 1)[0]] = [q for q in d.get("quotes", []) if word_count(q.get("text")) >= MIN_QUOTE_WORDS]
    out = []
    for doc in detail["documents"]:
        kept = system.get(doc["document"], [])
        for p in doc.get("quote_pairs", []):
            q = kept[p["system"]]
            out.append((q["rule"], path_of(q), int(p["speaker_ok"]), q.get("confidence", 0.0)))
    return out


def print_held_out(prior, sets):
    """Each set's quotes scored with a table made from the prior and the other sets: bands an unseen set would get."""
    held = []
    for name, rows in sets:
        counts = collections.defaultdict(lambda: [0, 0], {k: list(v) for k, v in prior.items()})
        for other, other_rows in sets:
            if other == name:
                continue
            for rule, path, ok, _ in other_rows:
                counts[(rule, path)][0] += ok
                counts[(rule, path)][1] += 1
        for rule, path, ok, reported in rows:
            c = confidence(counts, rule, path)
            held.append((reported if c is None else c, ok))
    print(f"leave-one-set-out over {', '.join(n for n, _ in sets)} ({len(held)} matched quotes):")
    for lo, hi in BANDS:
        band = [ok for c, ok in held if lo <= c < hi]
        if band:
            print(f"  {lo:.2f}-{min(hi, 1.0):.2f}: {len(band)} quotes, {sum(band) / len(band):.2f} right")
    print(f"  mean confidence {sum(c for c, _ in held) / len(held):.2f}, right {sum(ok for _, ok in held) / len(held):.2f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--score", default=os.path.join(HERE, "..", "..", "shared", "eval", "score.py"))
    ap.add_argument("--prior", metavar="TABLE", help="add the counts of an earlier table (its sets need not exist any more)")
    ap.add_argument("--held-out", action="store_true",
                    help="print, instead of a table, the confidence bands each set gets from a table made without it")
    ap.add_argument("sets", nargs="+", metavar="GOLD_DIR:REPORT.jsonl")
    args = ap.parse_args()
    sys.path.insert(0, os.path.dirname(os.path.abspath(args.score)))

    counts = collections.defaultdict(lambda: [0, 0])
    names = []
    if args.prior:
        for line in open(args.prior, encoding="utf-8"):
            if line.startswith("#"):
                if "real news quotes (" in line:
                    names.append(line.split("(", 1)[1].split(")", 1)[0])
                continue
            rule, path, right, n = line.rstrip("\n").split("\t")
            counts[(rule, path)][0] += int(right)
            counts[(rule, path)][1] += int(n)
    sets = []
    for pair in args.sets:
        gold, report = pair.rsplit(":", 1)
        sets.append((os.path.basename(os.path.normpath(gold)), pairings(args.score, gold, report)))
    if args.held_out:
        print_held_out(counts, sets)
        return
    for name, rows in sets:
        names.append(name)
        for rule, path, ok, _ in rows:
            counts[(rule, path)][0] += ok
            counts[(rule, path)][1] += 1
    total = sum(c[1] for c in counts.values())
    print("# Attribution paths and how often their speaker was right: rule<TAB>path<TAB>right<TAB>total, over the quotes")
    print(f"# the scorer matched in {total} annotated real news quotes ({', '.join(names)}); made by")
    print("# Scripts/calibrate_confidence.py, read by ConfidenceCalibration. Source: FrenchText's own measurements.")
    for (rule, path), (right, n) in sorted(counts.items()):
        print(f"{rule}\t{path}\t{right}\t{n}")


if __name__ == "__main__":
    main()
