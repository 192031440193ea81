"""Lede on Apache Spark: classify records and train models where the data is.

The recipe, in three functions any PySpark job can copy:

* ``classify_partition`` -- pipes a partition's JSON records through one
  ``lede classify --input-format jsonl --format jsonl -`` process and yields its
  JSON results, in order. A bad record makes ``lede`` exit non-zero, and the task
  raises: the job fails instead of dropping the partition (``RDD.pipe`` ignores exit
  codes by default).
* ``train_partition`` -- pipes a partition's labelled records into
  ``lede train --input-format jsonl -`` and returns the model file's bytes.
* ``merge_pair`` -- merges two model files with ``lede merge``.

Training is a sum of counts, and Lede keeps them as integers over a vocabulary in byte
order, so shard models merged in any tree are byte for byte the model one ``lede train``
writes on all the records (with ``SOURCE_DATE_EPOCH`` pinning the creation time).

``main`` runs both in local mode and checks them against single ``lede`` runs; it is what
``Examples/spark/run-local`` runs. On a cluster, ship ``lede`` and its model with
``--archives`` and point ``LEDE`` and ``LEDE_MODEL`` at them (see the README section
"More than one machine").
"""

import json
import os
import subprocess
import sys
import tempfile
import threading

# Each executor task runs one lede process; Spark already runs a task per core.
THREADS_PER_TASK = "1"


def lede_environment():
    """The environment for a lede process: the executor's own, plus one thread per task and
    the pinned creation time (``RDD.pipe(env=...)`` would replace the environment instead)."""
    environment = dict(os.environ)
    environment["LEDE_THREADS"] = THREADS_PER_TASK
    environment.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    return environment


def run_lede(arguments, records=None):
    """Runs ``lede arguments``, feeding ``records`` (JSON strings) to its standard input from
    a thread, and yields its standard output lines; raises when it exits non-zero."""
    process = subprocess.Popen(
        [os.environ["LEDE"], *arguments], env=lede_environment(), text=True, encoding="utf-8",
        stdin=subprocess.PIPE if records is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def feed():
        try:
            for record in records:
                process.stdin.write(record + "\n")
        except BrokenPipeError:
            pass  # lede stopped early; its exit status says why
        finally:
            process.stdin.close()

    feeder = threading.Thread(target=feed) if records is not None else None
    if feeder:
        feeder.start()
    errors = []
    reader = threading.Thread(target=lambda: errors.append(process.stderr.read()))
    reader.start()
    yield from process.stdout
    if feeder:
        feeder.join()
    reader.join()
    if process.wait() != 0:
        raise RuntimeError(f"lede {' '.join(arguments)} exited {process.returncode}: {errors[0].strip()}")


def classify_partition(records, model):
    """Classifies a partition of JSON records (strings with ``text``, optional ``id`` and
    ``title``); yields one JSON result per record, in order."""
    arguments = ["classify", "--model", model, "--input-format", "jsonl", "--format", "jsonl", "-"]
    for line in run_lede(arguments, records):
        yield line.rstrip("\n")


def train_partition(records):
    """Trains a model on a partition of labelled JSON records; returns the model file's bytes
    (one item, so that ``mapPartitions`` gives one model per partition)."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "shard.ledemodel")
        for _ in run_lede(["train", "--input-format", "jsonl", "-", "-o", path], records):
            pass
        with open(path, "rb") as file:
            yield file.read()


def merge_pair(models):
    """Merges model files given as bytes (one or two) into one."""
    models = list(models)
    if len(models) == 1:
        return models[0]
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, model in enumerate(models):
            paths.append(os.path.join(folder, f"{index}.ledemodel"))
            with open(paths[-1], "wb") as file:
                file.write(model)
        merged = os.path.join(folder, "merged.ledemodel")
        for _ in run_lede(["merge", paths[0], paths[1], "-o", merged]):
            pass
        with open(merged, "rb") as file:
            return file.read()


def tree_merge(models, count):
    """Merges an RDD of ``count`` (index, model bytes) pairs pairwise, as Spark tasks, round
    after round, to one model. Nothing runs until the last round's result is asked for."""
    while count > 1:
        models = (models.map(lambda pair: (pair[0] // 2, (pair[0] % 2, pair[1])))
                  .groupByKey()
                  .mapValues(lambda pair: merge_pair(model for _, model in sorted(pair))))
        count = (count + 1) // 2
    return models.first()[1]


def lines(path):
    with open(path, encoding="utf-8") as file:
        return [line.rstrip("\n") for line in file if line.strip()]


def main(train_path, classify_path, workdir, shards=4):
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master("local[2]").appName("lede-recipe")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    context = spark.sparkContext
    try:
        # (b) Shards trained as tasks and tree-merged as tasks against one `lede train`.
        reference = os.path.join(workdir, "one-run.ledemodel")
        for _ in run_lede(["train", train_path, "-o", reference]):
            pass
        records = lines(train_path)
        # Round-robin: record i goes to shard i mod `shards`.
        shards_rdd = (context.parallelize(list(enumerate(records)), shards)
                      .partitionBy(shards, lambda index: index % shards).values())
        models = shards_rdd.mapPartitionsWithIndex(
            lambda index, part: ((index, model) for model in train_partition(part)))
        merged = tree_merge(models, shards)
        with open(reference, "rb") as file:
            identical = file.read() == merged
        print(f"{len(records)} records in {shards} shards, trained and tree-merged as tasks: "
              f"{'model identical' if identical else 'MODEL DIFFERS'} to one lede train")

        # (a) Records classified through mapPartitions against one `lede classify` run.
        inputs = lines(classify_path)
        expected = [json.loads(line) for line in run_lede(
            ["classify", "--model", reference, "--input-format", "jsonl", "--format", "jsonl", classify_path])]
        results = (context.parallelize(inputs, 8)
                   .mapPartitions(lambda part: classify_partition(part, reference))
                   .map(json.loads).collect())
        mismatches = sum(1 for got, want in zip(results, expected)
                         if (got.get("id"), got["topic"]) != (want.get("id"), want["topic"]))
        mismatches += abs(len(results) - len(expected))
        print(f"{len(inputs)} records, {mismatches} mismatches (Spark mapPartitions vs one lede classify)")

        # A bad record fails its task, and so the job: nothing is dropped silently.
        broken = inputs[:5] + ["{not json"] + inputs[5:10]
        context.setLogLevel("OFF")  # the failure below is expected; its stack traces are not news
        try:
            context.parallelize(broken, 2).mapPartitions(lambda part: classify_partition(part, reference)).count()
            failed, reason = False, ""
        except Exception as error:  # Py4JJavaError wrapping the task's RuntimeError
            failed = True
            reason = next((line.strip() for line in str(error).splitlines() if "RuntimeError:" in line), "")
        context.setLogLevel("ERROR")
        print(f"a malformed record fails the job: {'yes' if failed else 'NO'}"
              + (f" ({reason.split(': ', 1)[-1]})" if reason else ""))
        return 0 if identical and mismatches == 0 and failed else 1
    finally:
        spark.stop()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
