#pragma once

#include "audiooutputfactory.h"

#include <QObject>

namespace jiujin {

/** The audio plugin's root object: makes SinkAudioOutputs (Qt Multimedia). */
class SinkAudioPlugin : public QObject, public AudioOutputFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID JiuJinAudioOutputFactory_iid)
    Q_INTERFACES(jiujin::AudioOutputFactory)
public:
    std::unique_ptr<AudioOutput> create() override;
    QString probe() override;
};

} // namespace jiujin
