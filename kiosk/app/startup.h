#pragma once

// Start-up helpers of jiujin-kiosk, header-only so that the benchmark's baseline window starts
// and reports in exactly the same way while linking nothing of the kiosk.

#include <QByteArray>
#include <QFile>

#include <QElapsedTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <utility>
#include <vector>

namespace jiujin {

/** Without a GPU context (offscreen: servers, CI) Qt Quick renders in software. Call before the
 * app. */
inline void chooseRenderer()
{
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen") &&
        !qEnvironmentVariableIsSet("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
}

/** Microseconds since the epoch, for the script's clock (it started the process). */
inline long long epochMicroseconds()
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return static_cast<long long>(
        std::chrono::duration_cast<std::chrono::microseconds>(now).count());
}

/**
 * Milestones of the start, for tests/bench/run's breakdown of what comes before the first frame:
 * markStartup("main") first thing in main(), then one mark after each stage; reportFirstFrame()
 * prints them. Costs one clock read per mark.
 */
struct StartupMarks
{
    QElapsedTimer clock;
    long long mainEpochUs = 0;
    std::vector<std::pair<const char *, qint64>>
        marks; ///< stage that ended, microseconds since main
};

inline StartupMarks &startupMarks()
{
    static StartupMarks marks;
    return marks;
}

/** Ends the stage @p name (a string literal); "main" starts the clock. With JIUJIN_STARTUP_TRACE
 *  set, also writes "startup: NAME" to stderr as it happens, so that a test can order Qt's own
 *  log lines (font matches, QML loads) by stage. */
inline void markStartup(const char *name)
{
    static const bool trace = qEnvironmentVariableIsSet("JIUJIN_STARTUP_TRACE");
    if (trace)
        std::fprintf(stderr, "startup: %s\n", name);
    StartupMarks &m = startupMarks();
    if (!m.clock.isValid()) {
        m.clock.start();
        m.mainEpochUs = epochMicroseconds();
    }
    m.marks.emplace_back(name, m.clock.nsecsElapsed() / 1000);
}

/**
 * Prints, for tests/bench/run: milliseconds since main(), the wall clock at the first frame in
 * microseconds since the epoch (so the script can include process start), and peak RSS in KiB.
 */
inline void reportFirstFrame(qint64 msSinceMain)
{
    if (!startupMarks().marks.empty())
        markStartup("first frame (polish, layout, text, render)");
    long peakKiB = -1;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peakKiB = line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    std::printf("first_frame_ms %lld\nfirst_frame_epoch_us %lld\npeak_rss_kib %ld\n",
                static_cast<long long>(msSinceMain), epochMicroseconds(), peakKiB);
    // Each stage's length (its mark minus the one before), and where main() began.
    const StartupMarks &m = startupMarks();
    if (!m.marks.empty())
        std::printf("main_epoch_us %lld\n", m.mainEpochUs);
    for (std::size_t i = 1; i < m.marks.size(); ++i)
        std::printf("stage_us %s %lld\n", m.marks[i].first,
                    static_cast<long long>(m.marks[i].second - m.marks[i - 1].second));
    std::fflush(stdout);
}

/**
 * Prints "mapped_at_first_frame NAME" for every shared object mapped now (call it at the first
 * frame, after reportFirstFrame()): tests/screens/kiosk-first-frame-libs.sh checks that what the
 * kiosk opens on first call is not among them, and tests/bench/run counts them.
 */
inline void reportMappedObjects()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return;
    std::vector<QByteArray> names;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const qsizetype slash = line.lastIndexOf('/');
        if (slash < 0 || !line.contains(".so"))
            continue;
        const QByteArray name = line.mid(slash + 1);
        if (std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    }
    for (const QByteArray &name : names)
        std::printf("mapped_at_first_frame %s\n", name.constData());
    std::fflush(stdout);
}

} // namespace jiujin
