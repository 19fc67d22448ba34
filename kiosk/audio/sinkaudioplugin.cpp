#include "sinkaudioplugin.h"

#include "sinkaudiooutput.h"

namespace jiujin {

std::unique_ptr<AudioOutput> SinkAudioPlugin::create()
{
    return std::make_unique<SinkAudioOutput>();
}

QString SinkAudioPlugin::probe()
{
    return SinkAudioOutput::probe();
}

} // namespace jiujin
