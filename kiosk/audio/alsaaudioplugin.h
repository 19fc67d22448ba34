#pragma once

#include "audiooutputfactory.h"

#include <QObject>

namespace jiujin {

/** The audio plugin's root object: makes AlsaAudioOutputs and probes ALSA devices. */
class AlsaAudioPlugin : public QObject, public AudioOutputFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID JiuJinAudioOutputFactory_iid)
    Q_INTERFACES(jiujin::AudioOutputFactory)
public:
    std::unique_ptr<AudioOutput> create(const QString &device) override;
    QString probe(const QString &device) override;
};

} // namespace jiujin
