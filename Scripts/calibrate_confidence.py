#!/usr/bin/env python3
"""Count, per attribution path, how many matched quotes had the right speaker: the table behind quote confidences.

    python3 Scripts/calibrate_confidence.py [--score ../shared/eval/score.py] [--prior OLD_TABLE] GOLD_DIR:REPORT.jsonl ... \
        > Sources/FrenchText/Resources/quote_confidence.tsv

Each REPORT.jsonl is `frtext report GOLD_DIR --format jsonl --dates …` (publication dates from the gold). The
scorer pairs system quotes with gold quotes and says whether each pair's speaker is right; this script reads those
pairings and counts them by (rule, path), the path being how stage 2 reached the speaker (`speaker_resolution`),
`name`, `pronoun` or `described` for how stage 1 named it, `unnamed` for a speaker the text never names, `no-speaker` for no speaker — the
same key as `ConfidenceCalibration.path(of:)`. Development tool only: FrenchText never runs Python.
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


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--score", default=os.path.join(HERE, "..", "..", "shared", "eval", "score.py"))
    ap.add_argument("--prior", metavar="TABLE", help="add the counts of an earlier table (its sets need not exist any more)")
    ap.add_argument("sets", nargs="+", metavar="GOLD_DIR:REPORT.jsonl")
    args = ap.parse_args()
    sys.path.insert(0, os.path.dirname(os.path.abspath(args.score)))
    from score import word_count, MIN_QUOTE_WORDS  # the scorer's own notion of a quote it keeps

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
    for pair in args.sets:
        gold, report = pair.rsplit(":", 1)
        names.append(os.path.basename(os.path.normpath(gold)))
        detail = json.loads(subprocess.run([sys.executable, args.score, gold, report, "--json", "--detail", "--quiet"],
                                           check=True, capture_output=True, text=True).stdout)
        system = {}
        for line in open(report, encoding="utf-8"):
            d = json.loads(line)
            system[d["document"].rsplit(".", 1)[0]] = [q for q in d.get("quotes", []) if word_count(q.get("text")) >= MIN_QUOTE_WORDS]
        for doc in detail["documents"]:
            kept = system.get(doc["document"], [])
            for p in doc.get("quote_pairs", []):
                q = kept[p["system"]]
                c = counts[(q["rule"], path_of(q))]
                c[0] += p["speaker_ok"]
                c[1] += 1
    total = sum(c[1] for c in counts.values())
    print("# Attribution paths and how often their speaker was right: rule<TAB>path<TAB>right<TAB>total, over the quotes")
    print(f"# the scorer matched in {total} annotated real news quotes ({', '.join(names)}); made by")
    print("# Scripts/calibrate_confidence.py, read by ConfidenceCalibration. Source: FrenchText's own measurements.")
    for (rule, path), (right, n) in sorted(counts.items()):
        print(f"{rule}\t{path}\t{right}\t{n}")


if __name__ == "__main__":
    main()
