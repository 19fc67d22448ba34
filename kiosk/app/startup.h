#pragma once

// Start-up helpers of jiujin-kiosk, header-only so that the benchmark's baseline window starts
// and reports in exactly the same way while linking nothing of the kiosk.

#include <QByteArray>
#include <QFile>

#include <chrono>
#include <cstdio>

namespace jiujin {

/** Without a GPU context (offscreen: servers, CI) Qt Quick renders in software. Call before the
 * app. */
inline void chooseRenderer()
{
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen") &&
        !qEnvironmentVariableIsSet("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
}

/**
 * Prints, for tests/bench/run: milliseconds since main(), the wall clock at the first frame in
 * microseconds since the epoch (so the script can include process start), and peak RSS in KiB.
 */
inline void reportFirstFrame(qint64 msSinceMain)
{
    long peakKiB = -1;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peakKiB = line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    std::printf(
        "first_frame_ms %lld\nfirst_frame_epoch_us %lld\npeak_rss_kib %ld\n",
        static_cast<long long>(msSinceMain),
        static_cast<long long>(std::chrono::duration_cast<std::chrono::microseconds>(now).count()),
        peakKiB);
    std::fflush(stdout);
}

} // namespace jiujin
