#include "alsaaudioplugin.h"

#include "alsaaudiooutput.h"

namespace jiujin {

std::unique_ptr<AudioOutput> AlsaAudioPlugin::create(const QString &device)
{
    return std::make_unique<AlsaAudioOutput>(device);
}

QString AlsaAudioPlugin::probe(const QString &device)
{
    return AlsaAudioOutput::probe(device);
}

} // namespace jiujin
