#!/usr/bin/env python3
"""Train the speaker ranker (SpeakerRanker): a conditional logit over each direct quote's candidates.

    python3 Scripts/train_speaker_ranker.py [--score ../shared/eval/score.py] [--l2 0.01] [--margin 1.0] [--open-none] \
        [--write OUT.tsv] [--test SET=GOLD_DIR:DUMP.jsonl ...] SET=GOLD_DIR:DUMP.jsonl ...

Each DUMP.jsonl is `frtext explain --speaker-features GOLD_DIR` (the quotes as the sieves attributed them, each with
its candidates and their sparse features). The scorer's own `match_quotes` pairs system quotes with gold quotes (after
dropping quotes of fewer than MIN_QUOTE_WORDS words, as it does) and `speaker_correct` labels each candidate: right
when its name or one of its aliases is right, "none" right when the gold speaker is null. Quotes without a right
candidate are skipped for training but counted in accuracy.

Model: softmax over a quote's candidates of w·x, L2, plain full-batch gradient descent. Prints leave-one-set-out
cross-validation (train on the other sets, test on the held one) comparing the sieves' speaker accuracy with the
ranker's on the same matched quotes, per fold and pooled, and how well the softmax probability and the calibrated
confidence each order right and wrong speakers. With --write, trains on every set and writes the weights.
Development tool only: FrenchText never runs Python. Needs numpy.
"""
import argparse, importlib.util, json, math, os, sys
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def load_scorer(path):
    for p in [path, os.path.join(HERE, "..", "..", "shared", "eval", "score.py"), "/work/shared/eval/score.py"]:
        if p and os.path.exists(p):
            spec = importlib.util.spec_from_file_location("score", p)
            mod = importlib.util.module_from_spec(spec)
            sys.modules["score"] = mod
            spec.loader.exec_module(mod)
            return mod
    sys.exit("score.py not found (--score)")


def load_set(S, name, gold_dir, dump):
    """Matched quotes of one set: dicts with candidates (feature dicts), labels, the sieves' correctness."""
    warnings = []
    gold = S.load_gold(__import__("pathlib").Path(gold_dir), warnings)
    out = []
    with open(dump, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            doc = json.loads(line)
            key = S.doc_key(doc["document"])
            if key not in gold:
                continue
            g = gold[key].quotes
            kept = [q for q in doc["quotes"] if S.word_count(q.get("text")) >= S.MIN_QUOTE_WORDS]
            for gi, si, _ in S.match_quotes(g, kept):
                q = kept[si]
                labels = []
                for c in q["candidates"]:
                    names = [c["name"]] + (c.get("aliases") or []) if c.get("name") else [None]
                    labels.append(any(S.speaker_correct(g[gi], n) for n in names))
                out.append({"set": name, "doc": key, "candidates": [c["features"] for c in q["candidates"]],
                            "chosen": [("chosen" in c["features"]) or (c.get("name") is None and q.get("speaker") is None) for c in q["candidates"]],
                            "labels": labels, "sieve_ok": S.speaker_correct(g[gi], q.get("speaker")), "sieve_none": bool(q.get("unnamedOnPurpose")),
                            "reason": q.get("unnamedReason"), "gold_null": S.speaker_correct(g[gi], None), "text": q.get("text", ""),
                            "calibrated": q.get("calibrated", q.get("confidence", 0.0))})
    return out


class Data:
    def __init__(self, quotes, names):
        self.quotes = quotes
        index = {n: k for k, n in enumerate(names)}
        rows, seg = [], []
        for qi, q in enumerate(quotes):
            for f in q["candidates"]:
                x = np.zeros(len(names))
                for k, v in f.items():
                    if k in index:
                        x[index[k]] = v
                rows.append(x)
                seg.append(qi)
        self.X = np.array(rows) if rows else np.zeros((0, len(names)))
        self.seg = np.array(seg, dtype=int)
        self.starts = np.searchsorted(self.seg, np.arange(len(quotes)))
        self.right = np.array([l for q in quotes for l in q["labels"]], dtype=float)
        self.chosen = np.array([c for q in quotes for c in q["chosen"]], dtype=bool)

    def probabilities(self, w):
        s = self.X @ w
        top = np.maximum.reduceat(s, self.starts)
        e = np.exp(s - top[self.seg])
        return s, e / np.add.reduceat(e, self.starts)[self.seg]


def train(data, names, l2, steps=3000, rate=0.5):
    """Gradient descent on the mean negative log-likelihood of the right candidates (quotes with one), plus L2."""
    trainable = np.array([any(q["labels"]) for q in data.quotes])
    keep = trainable[data.seg]
    n = max(1, trainable.sum())
    w = np.zeros(len(names))
    for _ in range(steps):
        _, p = data.probabilities(w)
        pr = p * data.right
        sr = np.add.reduceat(pr, data.starts)
        target = np.where(keep, pr / np.where(sr[data.seg] > 0, sr[data.seg], 1), 0.0)
        grad = data.X[keep].T @ (p[keep] - target[keep]) / n + l2 * w
        w -= rate * grad
    return w


def kept_unnamed(q, keep_none):
    """The rule keeps the sieves' nobody: `keep_none` True (every sub-case), False (none) or a set of kept sub-cases."""
    if not q["sieve_none"]:
        return False
    return keep_none if isinstance(keep_none, bool) else (q.get("reason") or "mention") in keep_none


def predict(data, w, margin=0.0, keep_none=False):
    """Per quote: ranker right?, sieve right?, probability of the pick, the pick kept the sieves' choice?
    The ranker overrides the sieves only when its best candidate beats their choice by more than `margin`, and never
    when they named nobody on purpose (`keep_none`: a mention the text never names — `une habitante`, `on`, a role —,
    a slogan, a teaser line, an unnamed interview answer); a quote no sieve could attribute stays open."""
    s, p = data.probabilities(w)
    out = []
    for qi, q in enumerate(data.quotes):
        lo = data.starts[qi]
        hi = data.starts[qi + 1] if qi + 1 < len(data.quotes) else len(s)
        k = lo + int(np.argmax(s[lo:hi]))
        chosen = [j for j in range(lo, hi) if data.chosen[j]]
        if chosen and (s[k] - s[chosen[0]] <= margin or kept_unnamed(q, keep_none)):
            k = chosen[0]
        kept = bool(data.chosen[k])
        ok = q["sieve_ok"] if kept else bool(data.right[k])
        out.append((ok, q["sieve_ok"], float(p[k]), kept, q["calibrated"]))
    return out


def auc(scores, oks):
    """Probability that a right speaker's confidence is above a wrong one's (ties half)."""
    pos = [s for s, o in zip(scores, oks) if o]
    neg = [s for s, o in zip(scores, oks) if not o]
    if not pos or not neg:
        return float("nan")
    wins = sum((a > b) + 0.5 * (a == b) for a in pos for b in neg)
    return wins / (len(pos) * len(neg))


def bands(scores, oks, edges=(0.0, 0.5, 0.7, 0.85, 0.95, 1.01)):
    out = []
    for lo, hi in zip(edges, edges[1:]):
        sel = [o for s, o in zip(scores, oks) if lo <= s < hi]
        if sel:
            out.append(f"[{lo:.2f},{min(hi, 1):.2f}) {sum(sel)}/{len(sel)}={sum(sel) / len(sel):.2f}")
    return "  ".join(out)


def keep_arg(args):
    """What the rule keeps: every sub-case unless --open-none (none) or --open SUBCASES (the others)."""
    if args.open_none:
        return False
    if args.open:
        return set(REASONS) - set(args.open.split(","))
    return True


# (`role`, a definite description by role, is reported but open: the dump's unnamedOnPurpose is false for it)
REASONS = ["mention", "role", "impersonal", "slogan", "teaser", "answer"]


def loso(sets, names, l2, steps, margins, keep):
    """Per margin: per fold results and pooled, training once per fold."""
    out = {m: [] for m in margins}
    for held in sets:
        train_q = [q for n, qs in sets.items() if n != held for q in qs]
        w = train(Data(train_q, names), names, l2, steps)
        d = Data(sets[held], names)
        for m in margins:
            out[m].append((held, predict(d, w, m, keep), d, w))
    return out


def print_folds(folds):
    pooled = []
    print("leave-one-set-out: fold  quotes  sieves  ranker  (changed: right/wrong→right, right→wrong)")
    for held, res, _, _ in folds:
        pooled += res
        sv, rk = sum(r[1] for r in res), sum(r[0] for r in res)
        fixed = sum(1 for r in res if r[0] and not r[1])
        broke = sum(1 for r in res if r[1] and not r[0])
        print(f"  {held:5} {len(res):4}  {sv / max(1, len(res)):.3f} ({sv})  {rk / max(1, len(res)):.3f} ({rk})  +{fixed} −{broke}")
    sv, rk = sum(r[1] for r in pooled), sum(r[0] for r in pooled)
    print(f"  pooled {len(pooled)}  sieves {sv / len(pooled):.3f} ({sv})  ranker {rk / len(pooled):.3f} ({rk})")
    return pooled


def print_confidence(pooled):
    oks = [r[0] for r in pooled]
    print(f"confidence of the ranker's pick, held out: softmax AUC {auc([r[2] for r in pooled], oks):.3f} | "
          f"calibration table AUC {auc([r[4] for r in pooled], oks):.3f} (table on the sieves' path; changed picks keep it)")
    print("  band         quotes  right  share  mean confidence")
    for lo, hi, label in [(0.90, 9, ">=0.90"), (0.80, 0.90, "0.80-0.90"), (0.70, 0.80, "0.70-0.80"), (0.55, 0.70, "0.55-0.70"), (-1, 0.55, "<0.55")]:
        sel = [r for r in pooled if lo <= r[2] < hi]
        if sel:
            print(f"  {label:10}  {len(sel):6}  {sum(r[0] for r in sel):5}  {sum(r[0] for r in sel) / len(sel):.3f}  {sum(r[2] for r in sel) / len(sel):.3f}")
    print(f"  all         {len(pooled):6}  {sum(oks):5}  {sum(oks) / len(pooled):.3f}  {sum(r[2] for r in pooled) / len(pooled):.3f}")


def print_unnamed(sets, names, l2, steps, margin):
    """Per sub-case of the rule: gold null vs named, and what the unrestricted ranker (held out) does there."""
    folds = loso(sets, names, l2, steps, [margin], False)[margin]
    rows = {}
    for held, res, d, _ in folds:
        for q, r in zip(d.quotes, res):
            if not q["sieve_none"] and q.get("reason") != "role":
                continue
            rows.setdefault(q.get("reason") or "mention", []).append((q, r))
    print("unnamed on purpose, by sub-case (unrestricted ranker, held out): gold null / named; ranker changes it: right / wrong; documents where it fixes")
    for reason in REASONS:
        rs = rows.get(reason, [])
        null = sum(q["gold_null"] for q, _ in rs)
        changed = [(q, r) for q, r in rs if not r[3]]
        right = [(q, r) for q, r in changed if r[0]]
        docs = sorted({q["set"] + "/" + q["doc"] for q, _ in right})
        print(f"  {reason:10} {len(rs):3} quotes: gold null {null}, named {len(rs) - null}; ranker changes {len(changed)}: right {len(right)}, "
              f"wrong {len(changed) - len(right)}; kept right {sum(r[0] for q, r in rs if r[3])}; fixes on {len(docs)} documents {docs}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+", help="SET=GOLD_DIR:DUMP.jsonl")
    ap.add_argument("--score")
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--open-none", action="store_true",
                    help="let the ranker override a quote the sieves gave nobody on purpose (the dump's unnamedOnPurpose); SpeakerRanker never does")
    ap.add_argument("--open", help="comma-separated sub-cases of the rule the ranker may override (" + ",".join(REASONS) + ")")
    ap.add_argument("--unnamed", action="store_true", help="report each sub-case of the rule on the annotated sets")
    ap.add_argument("--drop", default="", help="comma-separated feature names left out")
    ap.add_argument("--sweep", help="L2 values x margins, e.g. 0.001,0.003,0.01,0.03:0,0.25,0.5,1: leave-one-set-out pooled accuracy")
    ap.add_argument("--margin", type=float, default=1.0, help="override the sieves only when the best score beats theirs by more")
    ap.add_argument("--write")
    ap.add_argument("--test", action="append", default=[], help="SET=GOLD_DIR:DUMP.jsonl never trained on: scored with the weights trained on every set")
    args = ap.parse_args()
    S = load_scorer(args.score)
    sets = {}
    for spec in args.sets:
        name, rest = spec.split("=", 1)
        gold_dir, dump = rest.rsplit(":", 1)
        sets[name] = load_set(S, name, gold_dir, dump)
    dropped = set(filter(None, args.drop.split(",")))
    names = sorted({k for qs in sets.values() for q in qs for f in q["candidates"] for k in f} - dropped)
    keep = keep_arg(args)
    print(f"{sum(map(len, sets.values()))} matched quotes, {len(names)} features, L2 {args.l2}, margin {args.margin}, kept unnamed: {keep}")
    if args.sweep:
        l2s, margins = (list(map(float, part.split(","))) for part in args.sweep.split(":"))
        print("sweep, leave-one-set-out pooled ranker accuracy (right of N); rows L2, columns margin " + " ".join(map(str, margins)))
        for l2 in l2s:
            res = loso(sets, names, l2, args.steps, margins, keep)
            cells = []
            for m in margins:
                pooled = [r for _, rs, _, _ in res[m] for r in rs]
                cells.append(f"{sum(r[0] for r in pooled) / len(pooled):.4f} ({sum(r[0] for r in pooled)})")
            print(f"  {l2:<7} " + "  ".join(cells))
        return
    if args.unnamed:
        print_unnamed(sets, names, args.l2, args.steps, args.margin)
        return
    if len(sets) > 1:
        pooled = print_folds(loso(sets, names, args.l2, args.steps, [args.margin], keep)[args.margin])
        print_confidence(pooled)
    everything = [q for qs in sets.values() for q in qs]
    w = train(Data(everything, names), names, args.l2, args.steps)
    for spec in args.test:
        name, rest = spec.split("=", 1)
        gold_dir, dump = rest.rsplit(":", 1)
        res = predict(Data(load_set(S, name, gold_dir, dump), names), w, args.margin, keep)
        sv, rk = sum(r[1] for r in res), sum(r[0] for r in res)
        print(f"test {name} (never trained on): {len(res)} quotes  sieves {sv / max(1, len(res)):.3f} ({sv})  ranker {rk / max(1, len(res)):.3f} ({rk})")
    for name, qs in sets.items():
        res = predict(Data(qs, names), w, args.margin, keep)
        print(f"  trained-on {name}: sieves {sum(r[1] for r in res)}  ranker {sum(r[0] for r in res)} of {len(res)}")
    if args.write:
        with open(args.write, "w", encoding="utf-8") as fh:
            fh.write("# Weights of the speaker ranker (SpeakerRanker): feature<TAB>weight, a conditional logit over each direct\n")
            fh.write(f"# quote's candidates trained by Scripts/train_speaker_ranker.py (L2 {args.l2}) on {len(everything)} matched quotes of\n")
            fh.write(f"# annotated real news: {', '.join(sets)} (the dev set and the tuning pool; pages not kept). Source:\n")
            fh.write("# FrenchText's own training; weights only.\n")
            for n, x in sorted(zip(names, w)):
                if abs(x) >= 5e-5:
                    fh.write(f"{n}\t{x:.4f}\n")
        print(f"wrote {args.write}")


if __name__ == "__main__":
    main()
