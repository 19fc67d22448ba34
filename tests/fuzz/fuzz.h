#pragma once

// Shared by the fuzz targets. Each target is one JIUJIN_FUZZ_TARGET(name) { ... } body: with
// clang -fsanitize=fuzzer it is LLVMFuzzerTestOneInput; in the main (g++) build, where
// JIUJIN_FUZZ_REPLAY is defined, it registers itself with jiujin-fuzz-replay, which runs the
// committed corpus through it as a ctest.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace jiujin::fuzz {

using TargetFn = int (*)(const std::uint8_t *, std::size_t);
/** Adds a target to jiujin-fuzz-replay's table; returns true so it can initialise a static. */
bool registerTarget(const char *name, TargetFn fn);

/** The input as bytes, without a copy (valid during the call only). */
inline QByteArrayView bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** Splits the input at the first @p n - 1 NUL bytes into n parts (missing parts are empty). */
inline QList<QByteArray> split(QByteArrayView in, int n)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    for (int i = 0; i < n - 1; ++i) {
        const qsizetype at = in.indexOf('\0', from);
        if (at < 0)
            break;
        parts.append(in.sliced(from, at - from).toByteArray());
        from = at + 1;
    }
    parts.append(from <= in.size() ? in.sliced(from).toByteArray() : QByteArray());
    while (parts.size() < n)
        parts.append(QByteArray());
    return parts;
}

} // namespace jiujin::fuzz

/** A property that must hold for every input: abort (the fuzzer keeps the input) when it does not.
 */
#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "%s:%d: property violated: %s\n", __FILE__, __LINE__, #cond);     \
            std::abort();                                                                          \
        }                                                                                          \
    } while (0)

#ifdef JIUJIN_FUZZ_REPLAY
#define JIUJIN_FUZZ_TARGET(name)                                                                   \
    static int fuzz_##name(const std::uint8_t *, std::size_t);                                     \
    [[maybe_unused]] static const bool registered_##name =                                         \
        jiujin::fuzz::registerTarget(#name, &fuzz_##name);                                         \
    static int fuzz_##name(const std::uint8_t *data, std::size_t size)
#else
#define JIUJIN_FUZZ_TARGET(name)                                                                   \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
#endif
