"""Turns a benchmark run's raw figures into a Markdown table, a JSON file and a scaling plot.

Used by suite.py at the end of a run, and on its own to re-render saved figures:
`python report.py results/latest.json [--peer-only]` (`--peer-only` drops every Lede row, for
publishing peer targets measured before Lede's side existed).
"""

import argparse
import json
import os

TIME_FIELD = {"vectorize": "total_seconds", "classify": "total_seconds", "summarize": "seconds", "keywords": "seconds",
              "train": "total_seconds", "apply": "total_seconds"}


def measured_seconds(item):
    """The program's own timing of its work (start-up and imports excluded); for latency rows,
    the median start-to-output time of one run."""
    if item["verb"] == "latency":
        median = item["result"].get("median_ms")
        return median / 1000.0 if median is not None else None
    field = TIME_FIELD.get(item["verb"])
    return item["result"].get(field) if field else None


def quality(item):
    """The quality cell of one row."""
    result = item["result"]
    if item["error"]:
        return "FAILED (see JSON)"
    if item["verb"] == "vectorize":
        return f"{result['features']:,} features, {result['nnz']:,} nnz"
    if item["verb"] in ("classify", "apply"):
        return f"acc {result['accuracy']:.3f} / F1 {result['macro_f1']:.3f}"
    if item["verb"] == "train":
        size = result.get("model_bytes")
        return f"model {size / 1e6:.1f} MB" if size else ""
    if item["verb"] == "summarize":
        return f"R1 {result['rouge1']:.1f} / R2 {result['rouge2']:.1f} / RL {result['rougeL']:.1f}"
    if item["verb"] == "keywords":
        return f"F1@10 {result['f1_at_10']:.1f} (P {result['p_at_10']:.1f} / R {result['r_at_10']:.1f}); F1@5 {result['f1_at_5']:.1f}"
    if item["verb"] == "latency":
        return f"median {result['median_ms']:.0f} ms, p90 {result['p90_ms']:.0f} ms ({result['runs']} runs)"
    return ""


def _ratio(numerator, denominator):
    if not numerator or not denominator:
        return ""
    return f"{numerator / denominator:.2f}×"


def task_label(item):
    """The task cell: verb and data set, with the training size for scaling rows."""
    label = f"{item['task']} {item['dataset']}"
    documents = item["result"].get("test_documents" if item["verb"] == "apply" else "train_documents")
    if item["scale"] and documents:
        label += f" ({documents:,} docs)"
    return label


SHARED_MARK = "†"
MEDIAN_MARK = "‡"


def comparison_rows(measurements):
    """Table rows in plan order, Lede's rows first within each task and data set; a row whose
    figures come from another row's run of the identical command is marked with SHARED_MARK."""
    by_key = {item["key"]: item for item in measurements}
    groups = {}
    for item in measurements:
        if item["verb"] != "hotpaths":
            groups.setdefault((item["task"], item["dataset"]), []).append(item)
    rows = []
    for items in groups.values():
        for item in sorted(items, key=lambda entry: entry["side"] != "lede"):
            lede = by_key.get(item["counterpart"]) if item["counterpart"] else None
            time_ratio = memory_ratio = ""
            if lede and not lede["error"] and not item["error"]:
                time_ratio = _ratio(measured_seconds(item), measured_seconds(lede))
                memory_ratio = _ratio(item["peak_mb"], lede["peak_mb"])
            seconds = measured_seconds(item)
            system = f"{item['system']} {SHARED_MARK}" if item.get("shared_with") else item["system"]
            if len(item["result"].get("runs_seconds", [])) > 1:
                system += f" {MEDIAN_MARK}"
            rows.append([
                task_label(item), system, quality(item),
                f"{seconds:.2f}" if seconds is not None and not item["error"] else "",
                f"{item['cpu_seconds']:.1f}" if item.get("cpu_seconds") else "",
                f"{item['peak_mb']:.0f}" if item["peak_mb"] else "",
                time_ratio, memory_ratio,
            ])
    return rows


def median_note(measurements):
    """The sentence under the table that says which rows are the median of several runs, or None."""
    repeated = [item for item in measurements if len(item["result"].get("runs_seconds", [])) > 1
                and not item.get("shared_with")]
    if not repeated:
        return None
    described = "; ".join(f"{task_label(item)} {item['system']}: "
                          + ", ".join(f"{seconds:.2f}" for seconds in item["result"]["runs_seconds"])
                          for item in repeated)
    return (f"{MEDIAN_MARK} Run {len(repeated[0]['result']['runs_seconds'])} times; the figures are those of the "
            f"run with the median time. Every run's time (s): {described}.")


def shared_note(measurements):
    """The sentence under the table that says which rows share one run's figures, or None."""
    by_key = {item["key"]: item for item in measurements}
    pairs = [f"{task_label(item)} {item['system']} = {task_label(by_key[item['shared_with']])} "
             f"{by_key[item['shared_with']]['system']}"
             for item in measurements if item.get("shared_with") in by_key]
    if not pairs:
        return None
    return (f"{SHARED_MARK} The same command as another row, so it was run once and its figures are shown "
            "again (ratios are still against this row's own Lede counterpart): " + "; ".join(pairs) + ".")


def summary_scoring_note(scoring):
    """The paragraph that says how the summaries were scored and how the scorer was checked, or None."""
    if not scoring:
        return None
    text = ("ROUGE: each summariser only wrote its summaries to a file; after the runs all of them were "
            "scored by one scorer, Lede's `RougeScorer` (`lede-microbench score-summaries`: ROUGE-1/2/L "
            "F1 × 100, Porter stemming, rouge-score's definitions).")
    check = scoring.get("cross_check") or {}
    if "max_abs_difference_f1" in check:
        difference = check["max_abs_difference_f1"]
        verdict = "" if difference <= check["tolerance"] else " **FAILED: the scorers disagree.**"
        text += (f" Cross-check: the first {check['articles_per_system']} articles of every system scored "
                 f"again with {check['reference']}; largest absolute difference in per-article F1 "
                 f"{difference:.1e} (tolerance {check['tolerance']:g}).{verdict}")
    elif "skipped" in check:
        text += f" Cross-check against rouge-score skipped: {check['skipped']}."
    elif "error" in check:
        text += " **Cross-check against rouge-score FAILED** (see the JSON)."
    return text


def _table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def render_markdown(results):
    """The whole Markdown report."""
    title = "Lede vs peers" if not results.get("peer_only") else "Peer targets for Lede"
    mode = results["mode"]
    if results.get("only"):
        mode += f" (only {', '.join(results['only'])})"
    parts = [f"# {title}: {mode} run, {results['generated']}", ""]
    if results.get("peer_only"):
        parts += ["**PEER-ONLY RESULTS: no Lede figures.** Measured before Lede's side existed; these are "
                  "the times, memory and quality Lede has to beat.", ""]
    elif results.get("lede_binary_overridden"):
        parts += [f"Lede figures come from `LEDE_MICROBENCH={results['lede_binary']}`, not from a build "
                  "of this tree.", ""]
    machine = results["machine"]
    parts.append(f"Machine: {machine['cpus']} CPUs, {machine['platform']}, Python {machine['python']}.")
    if "load_average_1_5_15_at_start" in machine:
        start, end = machine["load_average_1_5_15_at_start"], machine["load_average_1_5_15_at_end"]
        parts.append(f"Load average (1 min) {start[0]:.1f} at start, {end[0]:.1f} at end; "
                     f"run took {results['total_wall_seconds'] / 60:.1f} min.")
        if max(start[0], end[0]) > machine["cpus"]:
            parts.append("**The machine was busy (load above its core count): times are inflated; "
                         "compare process CPU s.**")
    versions = results.get("peer_versions") or {}
    if versions and "error" not in versions:
        parts.append("Peers: " + ", ".join(f"{name} {version}" for name, version in versions.items()) + ".")
    header = ["task", "system", "quality", "time (s)", "process CPU s", "peak MB", "peer÷Lede time",
              "peer÷Lede MB"]
    rows = comparison_rows(results["measurements"])
    if results.get("peer_only"):
        header, rows = header[:-2], [row[:-2] for row in rows]
    if rows:
        parts += ["", _table(header, rows)]
    notes = (median_note(results["measurements"]), shared_note(results["measurements"]),
             scaling_note(results["measurements"]),
             summary_scoring_note(results.get("summary_scoring")))
    for note in notes:
        if note:
            parts += ["", note]

    hot = [item for item in results["measurements"] if item["verb"] == "hotpaths" and not item["error"]]
    if hot:
        result = hot[0]["result"]
        parts += ["", "Lede hot paths:", "", _table(
            ["tokenizer MB/s", "tf-idf (s)", "similarity (s)", "pagerank (s)"],
            [[f"{result['tokenizer_mb_per_second']:.1f}", f"{result['tfidf_seconds']:.3f}",
              f"{result['similarity_seconds']:.3f}", f"{result['pagerank_seconds']:.3f}"]])]

    parts += ["", "time: the program's own timing of its work (vectorize: fit + transform; classify: read + "
              "vectorize + train + predict; summarize: summarising only, without reading or ROUGE), so "
              "interpreter start-up and imports are not counted (wall times are in the JSON); latency "
              "rows are the exception: their time is the median of repeated runs of one article from "
              "the command line, process start to output, start-up and model loading included; scale rows time "
              "Lede's whole `lede train` / `lede classify` process and the peer's reading, vectorising, "
              "fitting or predicting and pickling (its imports excluded). process CPU s: "
              "user + system CPU of the whole process, start-up included (GNU time %U + %S); it is less "
              "inflated than time when other work shares the machine. peak MB: the process's maximum "
              "resident set (GNU time %M)."]
    if not results.get("peer_only"):
        parts[-1] += (" Ratios above 1 mean Lede is faster or smaller; LinearSVC and fastText are "
                      "compared with Lede's complement model, and the scaling section's scikit-learn rows with Lede "
                      "with scikit-learn's settings.")
    parts.append("")
    return "\n".join(parts)


def scaling_series(measurements):
    """{(task, system): [(factor, documents, seconds, peak_mb, item), …] by factor} of the scaling rows."""
    series = {}
    for item in measurements:
        if item["scale"] and not item["error"] and item["verb"] in ("train", "apply"):
            documents = item["result"]["train_documents" if item["verb"] == "train" else "test_documents"]
            series.setdefault((item["task"], item["system"]), []).append(
                (item["scale"], documents, measured_seconds(item), item["peak_mb"], item))
    for points in series.values():
        points.sort(key=lambda point: point[0])
    return series


def scaling_note(measurements):
    """A table of how each system's time and peak memory grow with the data, against its own 1×."""
    series = scaling_series(measurements)
    rows = []
    for (task, system), points in series.items():
        if points[0][0] != 1 or len(points) < 2:
            continue
        _, _, base_seconds, base_mb, _ = points[0]
        for factor, documents, seconds, peak_mb, _ in points[1:]:
            rows.append([task, system, f"{factor}× ({documents:,} docs)", f"{seconds:.1f}", f"{peak_mb:.0f}",
                         _ratio(seconds, base_seconds), _ratio(peak_mb, base_mb)])
    if not rows:
        return None
    return ("Scaling, each system against its own 1× run (time and peak memory ÷ those at 1×; "
            "linear time would be the factor, flat memory 1.00×):\n\n"
            + _table(["task", "system", "size", "time (s)", "peak MB", "time ÷ 1×", "peak ÷ 1×"], rows))


def plot_scaling(results, path):
    """Draws time and peak memory against documents, training and classifying; returns False
    without matplotlib."""
    try:
        import matplotlib
    except ImportError:
        return False
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series = scaling_series(results["measurements"])
    if not series:
        return False
    tasks = sorted({task for task, _ in series}, key=lambda task: task != "scale train")
    figure, axes = plt.subplots(len(tasks), 2, figsize=(12, 4.2 * len(tasks)), squeeze=False)
    for row, task in enumerate(tasks):
        time_axis, memory_axis = axes[row]
        for (series_task, system), points in sorted(series.items()):
            if series_task != task:
                continue
            documents = [point[1] for point in points]
            time_axis.plot(documents, [point[2] for point in points], marker="o", label=system)
            memory_axis.plot(documents, [point[3] for point in points], marker="o", label=system)
        verb = "Training" if task == "scale train" else "Classifying (1× model)"
        time_axis.set(title=f"{verb}: time", xlabel="documents", ylabel="seconds")
        memory_axis.set(title=f"{verb}: peak memory", xlabel="documents", ylabel="MB")
        for axis in (time_axis, memory_axis):
            axis.grid(alpha=0.3)
            axis.legend(fontsize=7)
            axis.set_ylim(bottom=0)
    factors = sorted({point[0] for points in series.values() for point in points})
    heading = (f"20news, every document distinct, {factors[0]}×–{factors[-1]}× "
               "(train set for training, test set for classifying)")
    if results.get("peer_only"):
        heading += " (peer-only run)"
    figure.suptitle(heading)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return True


def write_outputs(results, directory, stem):
    """Writes `<stem>.json`, `<stem>.md` and the scaling PNG; returns the Markdown."""
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, f"{stem}.json"), "w", encoding="utf-8") as handle:
        json.dump(results, handle, indent=1)
        handle.write("\n")
    png = "scaling.png" if stem == "latest" else f"{stem}-scaling.png"
    markdown = render_markdown(results)
    # An `--only` run without the scaling section has nothing to plot.
    if any(item["scale"] for item in results["measurements"]):
        if plot_scaling(results, os.path.join(directory, png)):
            markdown += f"\n![scaling]({png})\n"
        else:
            markdown += "\n(no scaling plot: matplotlib is not installed in this interpreter)\n"
    with open(os.path.join(directory, f"{stem}.md"), "w", encoding="utf-8") as handle:
        handle.write(markdown)
    return markdown


def without_lede(results):
    """The same figures with every Lede measurement and comparison removed."""
    stripped = dict(results, peer_only=True, lede_binary=None, lede_binary_overridden=False)
    stripped["measurements"] = [dict(item, counterpart="") for item in results["measurements"]
                                if item["side"] != "lede"]
    return stripped


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", help="a JSON file written by a run")
    parser.add_argument("--peer-only", action="store_true", help="drop Lede's rows")
    parser.add_argument("--stem", help="output name without extension (default: the input's)")
    arguments = parser.parse_args()
    with open(arguments.results, encoding="utf-8") as handle:
        results = json.load(handle)
    if arguments.peer_only:
        results = without_lede(results)
    stem = arguments.stem or os.path.splitext(os.path.basename(arguments.results))[0]
    print(write_outputs(results, os.path.dirname(os.path.abspath(arguments.results)), stem))


if __name__ == "__main__":
    main()
