#pragma once

#include "audiooutput.h"

#include <QString>
#include <QtPlugin>

#include <memory>

namespace jiujin {

/**
 * The root object of the audio plugin (libjiujin-audio.so, kiosk/audio), loaded by AudioPlayer on
 * the first sound through QPluginLoader: makes outputs on an ALSA device and tests one.
 */
class AudioOutputFactory
{
public:
    virtual ~AudioOutputFactory() = default;

    /** An output on the ALSA PCM @p device ("default", "null", "plughw:CARD=PCH,DEV=0"...). */
    virtual std::unique_ptr<AudioOutput> create(const QString &device) = 0;
    /** Opens @p device and plays 100 ms of silence on it. Empty when it works, else what failed
     *  (no personal data). */
    virtual QString probe(const QString &device) = 0;
};

} // namespace jiujin

#define JiuJinAudioOutputFactory_iid "org.jiujin.AudioOutputFactory/2"
Q_DECLARE_INTERFACE(jiujin::AudioOutputFactory, JiuJinAudioOutputFactory_iid)
