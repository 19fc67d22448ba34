#pragma once

#include "audiooutput.h"

#include <QString>
#include <QtPlugin>

#include <memory>

namespace jiujin {

/**
 * The root object of the audio plugin (libjiujin-audio.so, kiosk/audio), loaded by AudioPlayer on
 * the first sound through QPluginLoader: makes outputs and tests the default one.
 */
class AudioOutputFactory
{
public:
    virtual ~AudioOutputFactory() = default;

    virtual std::unique_ptr<AudioOutput> create() = 0;
    /** Opens the default output and plays 100 ms of silence. Empty when it works, else what
     *  failed (no personal data). */
    virtual QString probe() = 0;
};

} // namespace jiujin

#define JiuJinAudioOutputFactory_iid "org.jiujin.AudioOutputFactory/1"
Q_DECLARE_INTERFACE(jiujin::AudioOutputFactory, JiuJinAudioOutputFactory_iid)
