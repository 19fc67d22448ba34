#include "audioplayer.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QThread>
#include <QTimer>

namespace jiujin {

namespace {
// Whether the kernel has a playback device at all. Qt Multimedia is not touched without one: its
// PulseAudio backend would only warn that there is no server (and the screen walk counts warnings).
bool soundCardPresent()
{
    return !QDir(QStringLiteral("/dev/snd"))
                .entryList({QStringLiteral("pcmC*D*p")}, QDir::System | QDir::Files)
                .isEmpty();
}

QAudioFormat formatFor(int sampleRate)
{
    QAudioFormat f;
    f.setSampleRate(sampleRate);
    f.setChannelCount(1);
    f.setSampleFormat(QAudioFormat::Int16);
    return f;
}
} // namespace

AudioPlayer::AudioPlayer(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(20);
    connect(m_timer, &QTimer::timeout, this, &AudioPlayer::pump);
}

AudioPlayer::~AudioPlayer() = default;

bool AudioPlayer::hasDevice() const
{
    static const bool card = soundCardPresent();
    return card && !QMediaDevices::defaultAudioOutput().isNull();
}

void AudioPlayer::append(const QByteArray &pcm, int sampleRate)
{
    if (!hasDevice() || pcm.isEmpty())
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
    emit playingChanged();
}

void AudioPlayer::pump()
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
        emit playingChanged();
    }
}

void AudioPlayer::stop()
{
    m_pending.clear();
    m_timer->stop();
    if (m_sink) {
        m_sink->stop();
        m_sink.reset();
        m_device = nullptr;
        emit playingChanged();
    }
}

void AudioPlayer::setVolume(double volume)
{
    m_volume = qBound(0.0, volume, 1.0);
    if (m_sink)
        m_sink->setVolume(m_volume);
}

bool AudioPlayer::playing() const
{
    return m_sink && (!m_pending.isEmpty() || m_timer->isActive());
}

QString AudioPlayer::probe()
{
    if (!soundCardPresent())
        return QStringLiteral("no sound card (/dev/snd has no playback device)");
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
