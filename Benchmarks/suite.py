"""Lede versus its Python peers: the list of measurements, run one after another.

Called by `Benchmarks/run`, which builds Lede and prepares the peers' virtual environment.
Lede and peer runs alternate within each task so slow drifts of the machine (heat, other
load) hit both sides alike. Every measurement is its own process, and a command is run once:
a row whose command another row already runs (the peer's side of "sklearn settings", the
scaling series' 1× pair) shares that row's figures. Summarisers write their summaries to the
work directory; summary_scoring.py scores them all with one scorer after they have run.
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field

import datasets
import measure
import report
import keyword_scoring
import summary_scoring

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS = os.path.join(HERE, "peers")
PEER_PACKAGES = ("scikit-learn", "fasttext-numpy2", "summa", "sumy", "rouge-score", "pysbd", "yake", "numpy", "scipy")
# The parts of a run, in the order they are taken; `Benchmarks/run --only` picks some of them.
SECTIONS = ("vectorize", "classify", "summarize", "keywords", "scale", "latency", "hotpaths")


@dataclass
class Measurement:
    """One system run on one input, and what came of it."""

    key: str
    task: str
    dataset: str
    system: str
    side: str  # "lede" or "peer"
    verb: str
    argv: list
    counterpart: str = ""  # key of the Lede measurement a peer is compared with
    scale: int = 0  # copies of the training set, scaling runs only
    result: dict = field(default_factory=dict)
    peak_mb: float = 0.0
    wall_seconds: float = 0.0
    cpu_seconds: float = 0.0
    error: str = ""
    shared_with: str = ""  # key of the measurement that ran the identical command; not run again
    summaries: str = ""  # summarize only: the summaries file the system writes, scored afterwards
    predictions: str = ""  # keywords only: the keywords file the system writes, scored afterwards
    runs: int = 1  # times the command is run; the run with the median time gives the figures


class Plan:
    """Builds the ordered list of measurements."""

    def __init__(self, lede, python, with_peers, workdir):
        self.lede, self.python, self.with_peers, self.workdir = lede, python, with_peers, workdir
        self.items = []
        self._key_by_command = {}

    def _add(self, item):
        """Appends `item`; when an earlier item has the identical command, marks it as sharing that
        item's figures instead of being run a second time."""
        command = tuple(item.argv)
        if command in self._key_by_command:
            item.shared_with = self._key_by_command[command]
        else:
            self._key_by_command[command] = item.key
        self.items.append(item)

    def summaries_path(self, system):
        """The work-directory file a summariser writes its summaries to."""
        slug = "".join(character if character.isalnum() else "-" for character in system.lower())
        return os.path.join(self.workdir, f"summaries-{slug}.jsonl")

    def lede_run(self, task, dataset, name, verb, arguments, scale=0, summaries="", runs=1, predictions=""):
        """Adds a `lede-microbench` run; returns its key for the peers to compare against."""
        key = f"{task}/{dataset}/lede-{name}"
        self._add(Measurement(key, task, dataset, f"Lede {name}", "lede", verb,
                              [self.lede, verb, *arguments], scale=scale, summaries=summaries, runs=runs,
                              predictions=predictions))
        return key

    def command_run(self, task, dataset, system, side, verb, argv, counterpart="", scale=0):
        """Adds a run of a whole command line `argv` (it prints the contract JSON itself); returns its key."""
        key = f"{task}/{dataset}/{system}"
        self._add(Measurement(key, task, dataset, system, side, verb, list(argv), counterpart=counterpart, scale=scale))
        return key

    def latency_run(self, side, dataset, name, command, counterpart="", repeat=20):
        """Adds a start-to-output latency run of `command` (a peer's only when peers run); returns its key."""
        if side == "peer" and not self.with_peers:
            return ""
        key = f"latency/{dataset}/{name}"
        runner = [self.python or sys.executable, os.path.join(PEERS, "process_latency.py"), "--repeat", str(repeat), "--"]
        self._add(Measurement(key, "latency", dataset, name, side, "latency", [*runner, *command],
                              counterpart=counterpart))
        return key

    def peer_run(self, task, dataset, name, verb, script, arguments, counterpart, scale=0, summaries="", runs=1,
                 predictions=""):
        """Adds a peer script's run (unless peers are skipped)."""
        if self.with_peers:
            self._add(Measurement(
                f"{task}/{dataset}/{name}", task, dataset, name, "peer", verb,
                [self.python, os.path.join(PEERS, script), *arguments],
                counterpart=counterpart, scale=scale, summaries=summaries, runs=runs, predictions=predictions))


def add_latency_runs(plan, data, lede, workdir, quick):
    """One article from the command line, process start to output: `lede classify` (shipped
    default model, trained on BBC News) against a pickled scikit-learn pipeline trained on the
    same split, and `lede summarize` against summa."""
    cli = os.path.join(os.path.dirname(lede), "lede")
    article = os.path.join(os.path.dirname(HERE), "Data", "articles", "harbour-wind-farm.txt")
    repeat = 3 if quick else 10
    bbc = next(pair for pair in data.classification if pair.name == "bbc-news")
    classify = plan.latency_run("lede", "one article", "Lede classify (default model)",
                                [cli, "classify", article], repeat=repeat)
    plan.latency_run("peer", "one article", "sklearn pipeline (pickled, TfidfVectorizer + ComplementNB)",
                     [plan.python or "", os.path.join(PEERS, "sklearn_one_article.py"), "--model",
                      os.path.join(workdir, "bbc-pipeline.pickle"), "--train", bbc.train, article], classify,
                     repeat=repeat)
    summarize = plan.latency_run("lede", "one article", "Lede summarize", [cli, "summarize", article], repeat=repeat)
    plan.latency_run("peer", "one article", "summa TextRank",
                     [plan.python or "", os.path.join(PEERS, "summa_one_article.py"), article], summarize,
                     repeat=repeat)


# Runs of each side of the headline comparisons (vectorize, and classify with the ComplementNB
# peer); the median run's figures are reported, so one disturbed run on a shared machine does not
# decide a ratio. The other rows run once.
HEADLINE_RUNS = 3


def add_vectorize_runs(plan, data, runs=HEADLINE_RUNS):
    """TF-IDF fit and transform of 20news, Lede against scikit-learn's `TfidfVectorizer()`."""
    news = data.classification[0]
    io = ["--train", news.train, "--test", news.test]
    lede_key = plan.lede_run("vectorize", news.name, "tf-idf", "vectorize", io, runs=runs)
    plan.peer_run("vectorize", news.name, "sklearn TfidfVectorizer", "vectorize",
                  "sklearn_vectorize.py", io, lede_key, runs=runs)


def add_classify_runs(plan, data, runs=HEADLINE_RUNS):
    """Every classification data set: Lede's two models (and complement with scikit-learn's
    settings) against scikit-learn's naive Bayes, LinearSVC and fastText."""
    for pair in data.classification:
        io = ["--train", pair.train, "--test", pair.test]
        complement = plan.lede_run("classify", pair.name, "complement", "classify",
                                   [*io, "--algorithm", "complement"], runs=runs)
        plan.peer_run("classify", pair.name, "sklearn ComplementNB", "classify", "sklearn_classify.py",
                      [*io, "--algorithm", "complement"], complement, runs=runs)
        # The same work on both sides: scikit-learn's TfidfVectorizer() and ComplementNB() defaults.
        # The peer's command is the row above's, so it shares that row's figures.
        equal = plan.lede_run("classify", pair.name, "complement, sklearn settings", "classify",
                              [*io, "--algorithm", "complement", "--settings", "sklearn"], runs=runs)
        plan.peer_run("classify", pair.name, "sklearn ComplementNB (vs sklearn settings)", "classify",
                      "sklearn_classify.py", [*io, "--algorithm", "complement"], equal)
        multinomial = plan.lede_run("classify", pair.name, "multinomial", "classify",
                                    [*io, "--algorithm", "multinomial"])
        plan.peer_run("classify", pair.name, "sklearn MultinomialNB", "classify", "sklearn_classify.py",
                      [*io, "--algorithm", "multinomial"], multinomial)
        plan.peer_run("classify", pair.name, "sklearn LinearSVC (ceiling)", "classify",
                      "sklearn_classify.py", [*io, "--algorithm", "linearsvc"], complement)
        plan.peer_run("classify", pair.name, "fastText supervised", "classify",
                      "fasttext_classify.py", io, complement)


def add_summarize_runs(plan, data):
    """BBC summaries: Lede's TextRank against summa, sumy's TextRank and LexRank, and lead-k.
    Each writes its summaries to the work directory; they are scored after the run."""
    corpus = ["--data", data.summaries]
    if data.summary_limit:
        corpus += ["--limit", str(data.summary_limit)]
    lede_summaries = plan.summaries_path("Lede textrank")
    summary = plan.lede_run("summarize", "bbc-summary", "textrank", "summarize",
                            [*corpus, "--summaries", lede_summaries], summaries=lede_summaries)
    for name, script, extra in (
        ("summa TextRank", "summa_summarize.py", []),
        ("sumy TextRank", "sumy_summarize.py", ["--algorithm", "textrank"]),
        ("sumy LexRank", "sumy_summarize.py", ["--algorithm", "lexrank"]),
        ("lead-k", "lead_summarize.py", []),
    ):
        summaries = plan.summaries_path(name)
        plan.peer_run("summarize", "bbc-summary", name, "summarize", script,
                      [*corpus, *extra, "--summaries", summaries], summary, summaries=summaries)


def add_keyword_runs(plan, data):
    """DUC-2001 keyphrases (all 307 stories): Lede's keywords against summa's TextRank keywords
    and YAKE, ten each. Each writes its keywords to the work directory; they are scored after the
    run by one scorer (keyword_scoring.py)."""
    corpus = ["--data", data.keyphrases]
    if data.keyphrase_limit:
        corpus += ["--limit", str(data.keyphrase_limit)]
    lede_predictions = plan.summaries_path("Lede keywords").replace("summaries-", "keywords-")
    lede = plan.lede_run("keywords", "duc2001", "keywords", "keywords",
                         [*corpus, "--predictions", lede_predictions], predictions=lede_predictions)
    for name, script in (("summa keywords", "summa_keywords.py"), ("YAKE", "yake_keywords.py")):
        predictions = plan.summaries_path(name).replace("summaries-", "keywords-")
        plan.peer_run("keywords", "duc2001", name, "keywords", script,
                      [*corpus, "--predictions", predictions], lede, predictions=predictions)


# `lede train` options that do the work scikit-learn's `TfidfVectorizer()` + `ComplementNB()` do
# (words only, raw term frequency, no stop words, alpha 1.0); the classify section's
# `--settings sklearn`, as command-line options.
LEDE_SKLEARN_SETTINGS = ["--ngram-max", "1", "--sublinear-tf", "false", "--stop-words", "none", "--alpha", "1"]


def add_scaling_runs(plan, data, lede):
    """Training on 1× … 32× the 20news training set, and classifying 1× … 32× its test set with
    the 1× model, through the `lede` command a user runs (streaming `train`, `classify` to a
    file), against scikit-learn in memory (`TfidfVectorizer()` + `ComplementNB()`) and out of
    core (`HashingVectorizer` + `ComplementNB.partial_fit`), whose ratios are taken against Lede
    with scikit-learn's settings (the same features). Every document is distinct
    (datasets.scaling_series). Each system's 1× models are written to the work directory by its
    1× training run, which comes first."""
    cli = os.path.join(os.path.dirname(lede), "lede")
    wrapper = [plan.python or sys.executable, os.path.join(HERE, "lede_scale.py")]
    lede_settings = {"defaults": [], "sklearn settings": LEDE_SKLEARN_SETTINGS}
    peer_modes = {"tfidf": "sklearn TfidfVectorizer + ComplementNB (in memory)",
                  "hashing": "sklearn HashingVectorizer + ComplementNB.partial_fit (out of core)"}

    def model_path(system, factor):
        slug = "".join(character if character.isalnum() else "-" for character in system.lower())
        return os.path.join(plan.workdir, f"scale-{slug}-x{factor}.model")

    for step in data.scaling:
        dataset = f"20news x{step.factor}"
        keys = {}
        for setting, options in lede_settings.items():
            system = f"train ({setting})"
            keys[setting] = plan.command_run(
                "scale train", dataset, f"Lede {system}", "lede", "train",
                [*wrapper, "train", "--lede", cli, "--data", step.train, "--model", model_path(system, step.factor),
                 *options], scale=step.factor)
        for mode, system in peer_modes.items():
            plan.peer_run("scale train", dataset, system, "train", "sklearn_scale.py",
                          ["train", "--mode", mode, "--data", step.train, "--model", model_path(system, step.factor)],
                          keys["sklearn settings"], scale=step.factor)
        for setting in lede_settings:
            system = f"classify ({setting} model)"
            keys[setting] = plan.command_run(
                "scale classify", dataset, f"Lede {system}", "lede", "apply",
                [*wrapper, "classify", "--lede", cli, "--data", step.test,
                 "--model", model_path(f"train ({setting})", 1),
                 "--predictions", os.path.join(plan.workdir, "scale-predictions.jsonl")], scale=step.factor)
        system = peer_modes["tfidf"]
        plan.peer_run("scale classify", dataset, system.replace("(in memory)", "(1× model, chunks of 10,000)"),
                      "apply", "sklearn_scale.py",
                      ["classify", "--data", step.test, "--model", model_path(system, 1)],
                      keys["sklearn settings"], scale=step.factor)


def build_plan(data, lede, python, with_peers, workdir, quick=False, sections=SECTIONS):
    """Every measurement of the run's `sections`, in the order they are taken."""
    plan = Plan(lede, python, with_peers, workdir)
    runs = 1 if quick else HEADLINE_RUNS
    if "vectorize" in sections:
        add_vectorize_runs(plan, data, runs)
    if "classify" in sections:
        add_classify_runs(plan, data, runs)
    if "summarize" in sections:
        add_summarize_runs(plan, data)
    if "keywords" in sections:
        add_keyword_runs(plan, data)
    if "scale" in sections:
        add_scaling_runs(plan, data, lede)
    if "latency" in sections:
        add_latency_runs(plan, data, lede, workdir, quick)
    if "hotpaths" in sections:
        plan.lede_run("hotpaths", "synthetic", "hot paths", "hotpaths", [])
    return plan.items


def peer_versions(python):
    """Installed versions of the peer packages in the peers' environment."""
    script = ("import importlib.metadata as m, json, sys; "
              f"print(json.dumps({{n: m.version(n) for n in {list(PEER_PACKAGES)!r}}}))")
    completed = subprocess.run([python, "-c", script], capture_output=True, text=True)
    return json.loads(completed.stdout) if completed.returncode == 0 else {"error": completed.stderr.strip()}


def share_figures(items):
    """Copies each measured item's figures to the items that share its command."""
    by_key = {item.key: item for item in items}
    for item in items:
        if item.shared_with:
            source = by_key[item.shared_with]
            item.result, item.error = dict(source.result), source.error
            item.peak_mb, item.wall_seconds, item.cpu_seconds = source.peak_mb, source.wall_seconds, source.cpu_seconds


def median_run(taken, verb):
    """Of several `(result, peak_mb, wall, cpu)` runs of one command, the one with the median
    time (the program's own timing, else wall time), its result listing every run's time."""
    field = report.TIME_FIELD.get(verb)
    ordered = sorted(taken, key=lambda run: run[0].get(field, run[2]) if field else run[2])
    result, peak_mb, wall, cpu = ordered[(len(ordered) - 1) // 2]
    if len(taken) > 1:
        result = dict(result, runs_seconds=[run[0].get(field, run[2]) if field else run[2] for run in taken])
    return result, peak_mb, wall, cpu


def take_all(items, stop_on_lede_failure):
    """Takes every measurement in order, filling in its figures; returns how many failed.

    An item that shares another's command is not run; it gets that item's figures afterwards.
    """
    failures = 0
    to_run = [item for item in items if not item.shared_with]
    for number, item in enumerate(to_run, 1):
        label = f"[{number}/{len(to_run)}] {item.task} {item.dataset}: {item.system}"
        print(f"{label} ...", file=sys.stderr, flush=True)
        try:
            taken = [measure.run_measured(item.argv, item.verb) for _ in range(item.runs)]
            item.result, item.peak_mb, item.wall_seconds, item.cpu_seconds = median_run(taken, item.verb)
        except measure.MeasurementError as error:
            if stop_on_lede_failure and item.side == "lede":
                raise SystemExit(f"benchmark failed: {error}") from None
            item.error = str(error)
            failures += 1
            print(f"{label} FAILED: {error}", file=sys.stderr, flush=True)
            continue
        print(f"{label} {item.wall_seconds:.1f} s wall, {item.cpu_seconds:.1f} s CPU, "
              f"{item.peak_mb:.0f} MB peak", file=sys.stderr, flush=True)
    share_figures(items)
    return failures


def parse_sections(text):
    """`--only`'s value: comma-separated section names, kept in run order."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in SECTIONS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown section(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(SECTIONS)}")
    return tuple(section for section in SECTIONS if section in names)


def parse_arguments():
    """The runner's options; `Benchmarks/run` fills them in."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lede", help="path of lede-microbench")
    parser.add_argument("--lede-overridden", action="store_true", help="the path came from LEDE_MICROBENCH")
    parser.add_argument("--python", help="Python of the peers' virtual environment")
    parser.add_argument("--quick", action="store_true", help="tiny subsets, Lede only")
    parser.add_argument("--skip-peers", action="store_true")
    parser.add_argument("--only", type=parse_sections, default=SECTIONS, metavar="SECTION[,SECTION…]",
                        help=f"run only these parts ({', '.join(SECTIONS)}); results go to only-<parts>.*")
    parser.add_argument("--check-arguments", action="store_true",
                        help="check the options and exit (Benchmarks/run does this before building)")
    parser.add_argument("--corpora", default=os.environ.get("LEDE_CORPORA")
                        or os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared", "corpora"))
    parser.add_argument("--results", default=os.path.join(HERE, "results"))
    return parser.parse_args()


def check_lede(path):
    """Stops the run at once, saying how to fix it, when there is no binary to measure."""
    if not path or not os.path.isfile(path) or not os.access(path, os.X_OK):
        raise SystemExit(f"lede-microbench not found or not executable at '{path}'. Build it with "
                         "`swift build -c release --product lede-microbench`, or point LEDE_MICROBENCH at it.")


def output_stem(quick, sections):
    """Results file name without extension: a subset never overwrites a whole run's results."""
    stem = "quick" if quick else "latest"
    if tuple(sections) != SECTIONS:
        stem = ("quick-only-" if quick else "only-") + "-".join(sections)
    return stem


def main():
    """Prepares the inputs, takes every measurement, scores the summaries and writes the report."""
    arguments = parse_arguments()
    if arguments.check_arguments:
        return
    with_peers = not (arguments.quick or arguments.skip_peers)
    check_lede(arguments.lede)
    if with_peers and not arguments.python:
        raise SystemExit("peers need --python (the virtual environment's interpreter)")

    started = time.time()
    load_at_start = os.getloadavg()
    directory = tempfile.mkdtemp(prefix="lede-bench-")
    try:
        data = datasets.prepare(os.path.abspath(arguments.corpora), directory, arguments.quick,
                                with_scaling="scale" in arguments.only)
        items = build_plan(data, arguments.lede, arguments.python, with_peers, directory, arguments.quick,
                           arguments.only)
        failures = take_all(items, stop_on_lede_failure=arguments.quick)
        summary_scoring_results, scoring_failures = summary_scoring.score_summaries(
            items, arguments.lede, data.summaries, data.summary_limit, arguments.python or sys.executable,
            directory, with_peers)
        failures += scoring_failures
        keyword_scoring_results, keyword_failures = keyword_scoring.score_keywords(
            items, arguments.lede, data.keyphrases, data.keyphrase_limit, arguments.python or sys.executable,
            directory, with_peers)
        failures += keyword_failures
    finally:
        shutil.rmtree(directory, ignore_errors=True)

    results = {
        "generated": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "mode": "quick" if arguments.quick else "full",
        "only": list(arguments.only) if tuple(arguments.only) != SECTIONS else None,
        "peers_run": with_peers,
        "peer_only": False,
        "lede_binary": arguments.lede,
        "lede_binary_overridden": arguments.lede_overridden,
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                    "python": platform.python_version(),
                    # Other work on the machine inflates every figure; the load shows how much there was.
                    "load_average_1_5_15_at_start": load_at_start,
                    "load_average_1_5_15_at_end": os.getloadavg()},
        "peer_versions": peer_versions(arguments.python) if with_peers else {},
        "total_wall_seconds": time.time() - started,
        "summary_scoring": summary_scoring_results,
        "keyword_scoring": keyword_scoring_results,
        "measurements": [asdict(item) for item in items],
    }
    stem = output_stem(arguments.quick, arguments.only)
    print(report.write_outputs(results, arguments.results, stem))
    disagreement = (summary_scoring.check_agreement(summary_scoring_results)
                    or keyword_scoring.check_agreement(keyword_scoring_results))
    if disagreement:
        raise SystemExit(disagreement)
    if failures:
        raise SystemExit(f"{failures} measurement(s) or check(s) failed; see the error fields in {stem}.json")


if __name__ == "__main__":
    main()
