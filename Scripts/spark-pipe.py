#!/usr/bin/env python3
"""Run `scamsignals check --jsonl` through Spark's RDD.pipe (used by Scripts/scale-out.sh SPARK=1).

    spark-pipe.py [--master local[2]] [--partitions 2] SCAMSIGNALS INPUT.jsonl OUTDIR MERGED.jsonl

Reads INPUT with sc.textFile, pipes every partition through one `SCAMSIGNALS check --jsonl --jobs 1`
process, saves the result to OUTDIR (part-00000, part-00001, ... as on a cluster) and concatenates the
parts in order into MERGED so it can be compared line by line with a single-process run. Partitions
keep the input order and pipe keeps the order within a partition, so MERGED is in input order; the
"line" field restarts at 1 in each partition.
"""
import argparse
import glob
import os
import shutil

from pyspark import SparkConf, SparkContext


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--master", default="local[2]")
    p.add_argument("--partitions", type=int, default=2, help="minimum partitions for textFile")
    p.add_argument("binary")
    p.add_argument("input")
    p.add_argument("outdir")
    p.add_argument("merged")
    a = p.parse_args()

    conf = SparkConf().setMaster(a.master).setAppName("scamsignals-pipe").set("spark.ui.enabled", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        shutil.rmtree(a.outdir, ignore_errors=True)
        ads = sc.textFile("file://" + os.path.abspath(a.input), minPartitions=a.partitions)
        # checkCode=True: a non-zero exit of scamsignals fails the task, and so the job
        scored = ads.pipe(f"{os.path.abspath(a.binary)} check --jsonl --jobs 1", checkCode=True)
        scored.saveAsTextFile("file://" + os.path.abspath(a.outdir))
        print(f"   spark: {ads.getNumPartitions()} partitions -> {a.outdir}")
    finally:
        sc.stop()
    with open(a.merged, "wb") as out:
        for part in sorted(glob.glob(os.path.join(a.outdir, "part-*"))):
            with open(part, "rb") as f:
                shutil.copyfileobj(f, out)


if __name__ == "__main__":
    main()
