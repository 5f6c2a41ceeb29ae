// Entry point of the benchmark.
print("not yet")
