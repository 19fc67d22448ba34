#pragma once

#include <QByteArray>

#include <functional>

namespace jiujin {

/**
 * A sound output as the audio plugin (kiosk/audio) implements it: 16-bit mono PCM chunks played
 * one after the other on one ALSA device. AudioPlayer holds one; the kiosk core never links
 * libasound, which is loaded with the plugin on the first sound, not before the first frame
 * (DESIGN §9c).
 */
class AudioOutput
{
public:
    virtual ~AudioOutput() = default;

    /** Whether sound can be handed to it (the device itself is opened on the first chunk, off
     *  the calling thread; a device that cannot be opened is tried again with the next chunk). */
    virtual bool hasDevice() const = 0;
    /** Queues @p pcm (16-bit signed, native endian, mono) at @p sampleRate; returns at once. */
    virtual void append(const QByteArray &pcm, int sampleRate) = 0;
    /** Silences the device at once and forgets what was queued. */
    virtual void stop() = 0;
    /** 0.0 (silent) to 1.0; applies to what is written from now on. */
    virtual void setVolume(double volume) = 0;
    /** Sound is in the device: from the first frame written until it has been played or
     *  stop() is called. */
    virtual bool playing() const = 0;
    /** Called on the thread that made the output whenever playing() may have changed. */
    virtual void setPlayingChanged(std::function<void()> changed) = 0;
};

} // namespace jiujin
