#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace jiujin {

/**
 * libespeak-ng with the cmn-latn-pinyin voice, rendering tone-numbered pinyin to 16-bit mono
 * PCM in memory (espeak-ng's synchronous mode: no sound device is touched). espeak-ng keeps
 * global state, so every call is serialised here; one process-wide engine.
 */
class SpeechSynthesizer
{
public:
    /** Loads espeak-ng and the voice once; false (and why in error()) when it cannot. */
    static bool available();
    /** Whether espeak-ng has been loaded yet (by available(), render() or a preload); never
     *  loads it. */
    static bool loaded();
    static QString error();
    /** Samples per second of what render() returns (22050 for espeak-ng). */
    static int sampleRate();
    /** @p pinyin as SpeechPinyin makes it; @p rate in words per minute (80-450). Empty when
     *  espeak-ng is unavailable or fails. */
    static QByteArray render(const QString &pinyin, int rate = 150);
    /** Stops a render() in progress on another thread (it returns what it has). */
    static void cancel();
    /** Tests only: sees every string handed to espeak-ng (the privacy canary). */
    static void setTap(std::function<void(const QString &)> tap);
};

} // namespace jiujin
