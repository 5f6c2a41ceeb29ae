// loop.c: the reference bag-of-words scorer, the practical upper bound for any naive-Bayes-style text scorer.
//
// Per document: lowercase ASCII, split on non-alphanumerics, FNV-1a hash each unigram and each bigram,
// one lookup each in a table of 2^20 float weights, sum. Bytes >= 0x80 count as word bytes, so UTF-8
// words (Vietnamese, accented Indonesian) stay whole without decoding; nothing is normalized, folded or
// recognized (no money, phones, links, homoglyphs, letter-spacing, rules). The weights are a real
// multinomial naive Bayes trained on the labelled records, so the loop is a working classifier, not an
// empty loop the compiler could drop.
//
// Built by compare-speed.sh with `cc -O2`. Input files are written by Benchmarks/compare/speed.py:
// records of a 4-byte little-endian length, a label byte (1 scam, 0 legit, 255 unknown), then the text.
//
// USAGE: loop TRAIN.bin DOCS.bin [PASSES]   prints one JSON object: MB/s (median, min, max) over DOCS.

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BUCKET_BITS 20 // the same table size as ScamSignals' default model
#define BUCKETS (1u << BUCKET_BITS)
#define FNV_OFFSET 0xcbf29ce484222325ull
#define FNV_PRIME 0x100000001b3ull

typedef struct {
    const unsigned char *text;
    uint32_t length;
    int label;
} Document;

typedef struct {
    unsigned char *bytes;
    Document *documents;
    size_t count;
    size_t total;
} Corpus;

static unsigned char lowered[256];
static unsigned char is_word[256];
static float weights[BUCKETS];
static uint32_t counts[2][BUCKETS];

static void make_tables(void) {
    for (int c = 0; c < 256; c++) {
        lowered[c] = (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : (unsigned char)c;
        is_word[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    }
}

static inline uint32_t bucket(uint64_t h) { return (uint32_t)(h ^ (h >> 32)) & (BUCKETS - 1); }

// Walks the unigrams and bigrams of one document: adds their weights, or counts them when `counts_of_class`
// is set. Always inlined, so the scoring call site compiles to the bare loop.
static inline __attribute__((always_inline)) double walk(const unsigned char *p, uint32_t n, uint32_t *counts_of_class) {
    double sum = 0;
    uint64_t previous = 0;
    int has_previous = 0;
    uint32_t i = 0;
    while (i < n) {
        while (i < n && !is_word[p[i]]) i++;
        if (i == n) break;
        uint64_t h = FNV_OFFSET;
        while (i < n && is_word[p[i]]) { h = (h ^ lowered[p[i]]) * FNV_PRIME; i++; }
        uint32_t unigram = bucket(h);
        if (counts_of_class) counts_of_class[unigram]++; else sum += weights[unigram];
        if (has_previous) {
            uint64_t b = (((previous ^ 0x20) * FNV_PRIME) ^ h) * FNV_PRIME;
            uint32_t bigram = bucket(b);
            if (counts_of_class) counts_of_class[bigram]++; else sum += weights[bigram];
        }
        previous = h;
        has_previous = 1;
    }
    return sum;
}

static double score(const Document *d) { return walk(d->text, d->length, NULL); }

static Corpus read_corpus(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    Corpus c = {malloc((size_t)size + 1), NULL, 0, 0};
    if (fread(c.bytes, 1, (size_t)size, f) != (size_t)size) { perror(path); exit(1); }
    fclose(f);
    size_t capacity = 1024;
    c.documents = malloc(capacity * sizeof(Document));
    for (long at = 0; at + 5 <= size;) {
        uint32_t length = (uint32_t)c.bytes[at] | (uint32_t)c.bytes[at + 1] << 8 | (uint32_t)c.bytes[at + 2] << 16
                          | (uint32_t)c.bytes[at + 3] << 24;
        int label = c.bytes[at + 4] == 255 ? -1 : c.bytes[at + 4];
        if (at + 5 + (long)length > size) { fprintf(stderr, "%s: truncated record\n", path); exit(1); }
        if (c.count == capacity) { capacity *= 2; c.documents = realloc(c.documents, capacity * sizeof(Document)); }
        c.documents[c.count++] = (Document){c.bytes + at + 5, length, label};
        c.total += length;
        at += 5 + (long)length;
    }
    return c;
}

static void train(const Corpus *c) {
    double documents[2] = {0, 0}, tokens[2] = {0, 0};
    for (size_t i = 0; i < c->count; i++) {
        const Document *d = &c->documents[i];
        if (d->label < 0) continue;
        walk(d->text, d->length, counts[d->label]);
        documents[d->label] += 1;
    }
    for (uint32_t b = 0; b < BUCKETS; b++) { tokens[0] += counts[0][b]; tokens[1] += counts[1][b]; }
    const double alpha = 0.5;
    for (uint32_t b = 0; b < BUCKETS; b++) {
        weights[b] = (float)(log((counts[1][b] + alpha) / (tokens[1] + alpha * BUCKETS))
                             - log((counts[0][b] + alpha) / (tokens[0] + alpha * BUCKETS)));
    }
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "USAGE: loop TRAIN.bin DOCS.bin [PASSES]\n"); return 2; }
    int passes = argc > 3 ? atoi(argv[3]) : 7;
    if (passes < 1) passes = 1;
    make_tables();
    Corpus training = read_corpus(argv[1]), docs = read_corpus(argv[2]);
    if (docs.total == 0) { fprintf(stderr, "%s: no text\n", argv[2]); return 1; }
    train(&training);

    // A corpus pass takes a few milliseconds: each timed sample repeats passes for at least 0.2 s.
    volatile double sink = 0;
    double start = now();
    long repeats = 0;
    do {
        for (size_t i = 0; i < docs.count; i++) sink += score(&docs.documents[i]);
        repeats++;
    } while (now() - start < 0.2);
    double *mbps = malloc((size_t)passes * sizeof(double));
    for (int p = 0; p < passes; p++) {
        double t0 = now();
        for (long r = 0; r < repeats; r++)
            for (size_t i = 0; i < docs.count; i++) sink += score(&docs.documents[i]);
        mbps[p] = (double)docs.total * (double)repeats / (now() - t0) / 1e6;
    }
    qsort(mbps, (size_t)passes, sizeof(double), by_value);

    // Accuracy on labelled documents (resubstitution when DOCS is the training corpus): shows the table is a
    // working classifier.
    long labelled = 0, correct = 0;
    for (size_t i = 0; i < docs.count; i++) {
        const Document *d = &docs.documents[i];
        if (d->label < 0) continue;
        labelled++;
        correct += (score(d) >= 0) == (d->label == 1);
    }
    printf("{\"documents\": %zu, \"bytes\": %zu, \"passes\": %d, \"repeats_per_pass\": %ld, \"mb_per_s\": %.3f, "
           "\"mb_per_s_min\": %.3f, \"mb_per_s_max\": %.3f, \"labelled\": %ld, \"accuracy\": %.4f, \"checksum\": %.6g}\n",
           docs.count, docs.total, passes, repeats, mbps[passes / 2], mbps[0], mbps[passes - 1], labelled,
           labelled ? (double)correct / (double)labelled : 0.0, (double)sink);
    return 0;
}
