// Counts heap allocations by interposing malloc and friends in the benchmark executable (glibc only).
// The counters cost one relaxed atomic add per allocation; everything else goes to glibc's own allocator.
#include "BenchSupport.h"
#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <stdatomic.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);
extern void __libc_free(void *);

static _Atomic int64_t allocations = 0;

void *malloc(size_t n) { atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed); return __libc_malloc(n); }
void *calloc(size_t c, size_t n) { atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed); return __libc_calloc(c, n); }
void *realloc(void *p, size_t n) { atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed); return __libc_realloc(p, n); }
void free(void *p) { __libc_free(p); }
int posix_memalign(void **out, size_t alignment, size_t n) {
    atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed);
    void *p = __libc_memalign(alignment, n);
    if (!p) return 12; /* ENOMEM */
    *out = p;
    return 0;
}
void *aligned_alloc(size_t alignment, size_t n) { atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed); return __libc_memalign(alignment, n); }
void *memalign(size_t alignment, size_t n) { atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed); return __libc_memalign(alignment, n); }

int64_t bench_allocation_count(void) { return atomic_load_explicit(&allocations, memory_order_relaxed); }
int64_t bench_heap_in_use(void) { struct mallinfo2 m = mallinfo2(); return (int64_t)(m.uordblks + m.hblkhd); }  /* arena + mmapped chunks */
#else
int64_t bench_allocation_count(void) { return -1; }
int64_t bench_heap_in_use(void) { return -1; }
#endif
