#pragma once

#include "audiooutput.h"

#include <QByteArray>
#include <QObject>

#include <memory>

class QAudioSink;
class QIODevice;
class QTimer;

namespace jiujin {

/**
 * AudioOutput on Qt Multimedia's QAudioSink (push mode), fed every 20 ms while there is sound
 * left. Lives in the audio plugin only.
 */
class SinkAudioOutput : public QObject, public AudioOutput
{
    Q_OBJECT
public:
    SinkAudioOutput();
    ~SinkAudioOutput() override;

    bool hasDevice() const override;
    void append(const QByteArray &pcm, int sampleRate) override;
    void stop() override;
    void setVolume(double volume) override;
    bool playing() const override;
    void setPlayingChanged(std::function<void()> changed) override;

    /** See AudioOutputFactory::probe(). */
    static QString probe();

private:
    void pump();
    void changed();

    std::unique_ptr<QAudioSink> m_sink;
    QIODevice *m_device = nullptr; ///< owned by m_sink
    QByteArray m_pending;
    int m_rate = 0;
    double m_volume = 0.8;
    QTimer *m_timer = nullptr; ///< feeds the sink while there is sound left
    std::function<void()> m_changed;
};

} // namespace jiujin
