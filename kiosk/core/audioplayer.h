#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QAudioSink;
class QIODevice;
class QTimer;

namespace jiujin {

/**
 * Plays 16-bit mono PCM chunks one after the other on the default audio output through Qt
 * Multimedia's QAudioSink (push mode). Without an output device every call is a no-op, so the
 * kiosk runs the same with or without a loudspeaker.
 */
class AudioPlayer : public QObject
{
    Q_OBJECT
public:
    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    bool hasDevice() const;
    void append(const QByteArray &pcm, int sampleRate);
    void stop();
    /** 0.0 (silent) to 1.0. */
    void setVolume(double volume);
    bool playing() const;

    /** For jiujinctl doctor: opens the default output and plays 100 ms of silence. Empty when it
     *  works, else what failed (no personal data). */
    static QString probe();

signals:
    void playingChanged();

private:
    void pump();

    std::unique_ptr<QAudioSink> m_sink;
    QIODevice *m_device = nullptr; ///< owned by m_sink
    QByteArray m_pending;
    int m_rate = 0;
    double m_volume = 0.8;
    QTimer *m_timer = nullptr; ///< feeds the sink while there is sound left
};

} // namespace jiujin
