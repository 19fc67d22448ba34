#include "sinkaudiooutput.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QTimer>

namespace jiujin {

namespace {
QAudioFormat formatFor(int sampleRate)
{
    QAudioFormat f;
    f.setSampleRate(sampleRate);
    f.setChannelCount(1);
    f.setSampleFormat(QAudioFormat::Int16);
    return f;
}
} // namespace

SinkAudioOutput::SinkAudioOutput() : m_timer(new QTimer(this))
{
    m_timer->setInterval(20);
    connect(m_timer, &QTimer::timeout, this, &SinkAudioOutput::pump);
}

SinkAudioOutput::~SinkAudioOutput() = default;

bool SinkAudioOutput::hasDevice() const
{
    return !QMediaDevices::defaultAudioOutput().isNull();
}

void SinkAudioOutput::setPlayingChanged(std::function<void()> changed)
{
    m_changed = std::move(changed);
}

void SinkAudioOutput::changed()
{
    if (m_changed)
        m_changed();
}

void SinkAudioOutput::append(const QByteArray &pcm, int sampleRate)
{
    if (pcm.isEmpty())
        return;
    if (!m_sink || m_rate != sampleRate) {
        stop();
        m_rate = sampleRate;
        m_sink = std::make_unique<QAudioSink>(QMediaDevices::defaultAudioOutput(),
                                              formatFor(sampleRate));
        m_sink->setVolume(m_volume);
        m_device = m_sink->start();
        if (!m_device) {
            m_sink.reset();
            return;
        }
    }
    m_pending += pcm;
    pump();
    m_timer->start();
    changed();
}

void SinkAudioOutput::pump()
{
    if (!m_sink || !m_device) {
        m_timer->stop();
        return;
    }
    const qsizetype free = m_sink->bytesFree();
    if (free > 0 && !m_pending.isEmpty()) {
        const qint64 n = m_device->write(m_pending.constData(), qMin(free, m_pending.size()));
        if (n > 0)
            m_pending.remove(0, n);
    }
    if (m_pending.isEmpty() && m_sink->bytesFree() >= m_sink->bufferSize()) {
        m_timer->stop();
        changed();
    }
}

void SinkAudioOutput::stop()
{
    m_pending.clear();
    m_timer->stop();
    if (m_sink) {
        m_sink->stop();
        m_sink.reset();
        m_device = nullptr;
        changed();
    }
}

void SinkAudioOutput::setVolume(double volume)
{
    m_volume = qBound(0.0, volume, 1.0);
    if (m_sink)
        m_sink->setVolume(m_volume);
}

bool SinkAudioOutput::playing() const
{
    return m_sink && (!m_pending.isEmpty() || m_timer->isActive());
}

QString SinkAudioOutput::probe()
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull())
        return QStringLiteral("no audio output device");
    QAudioSink sink(device, formatFor(22050));
    QIODevice *io = sink.start();
    if (!io || sink.error() != QAudio::NoError)
        return QStringLiteral("the audio output %1 cannot be opened").arg(device.description());
    const QByteArray silence(22050 / 10 * 2, '\0');
    io->write(silence);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 300 && sink.error() == QAudio::NoError)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const bool ok = sink.error() == QAudio::NoError || sink.error() == QAudio::UnderrunError;
    sink.stop();
    return ok ? QString()
              : QStringLiteral("the audio output %1 fails while playing").arg(device.description());
}

} // namespace jiujin
