// Heap measurements for the benchmark: allocation counting and bytes in use (Linux/glibc only).
#ifndef BENCH_SUPPORT_H
#define BENCH_SUPPORT_H
#include <stddef.h>
#include <stdint.h>

/// Number of malloc/calloc/realloc/aligned allocations made by the process so far, or -1 when not counted.
int64_t bench_allocation_count(void);
/// Bytes of heap in use (glibc mallinfo2().uordblks), or -1 when unknown.
int64_t bench_heap_in_use(void);
#endif
