#pragma once

#include <QByteArray>

#include <functional>

namespace jiujin {

/**
 * A sound output as the audio plugin (kiosk/audio) implements it: 16-bit mono PCM chunks played
 * one after the other. AudioPlayer holds one; the kiosk core never sees Qt Multimedia, so that
 * library is loaded with the plugin on the first sound, not before the first frame (DESIGN §9c).
 */
class AudioOutput
{
public:
    virtual ~AudioOutput() = default;

    /** Whether there is a default output device to play on. */
    virtual bool hasDevice() const = 0;
    virtual void append(const QByteArray &pcm, int sampleRate) = 0;
    virtual void stop() = 0;
    /** 0.0 (silent) to 1.0. */
    virtual void setVolume(double volume) = 0;
    virtual bool playing() const = 0;
    /** Called (on the output's thread) whenever playing() may have changed. */
    virtual void setPlayingChanged(std::function<void()> changed) = 0;
};

} // namespace jiujin
