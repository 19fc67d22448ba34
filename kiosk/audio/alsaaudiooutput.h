#pragma once

#include "audiooutput.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

typedef struct _snd_pcm snd_pcm_t;

namespace jiujin {

/**
 * AudioOutput on ALSA: a thread of its own opens the device on the first chunk and writes the
 * queued PCM to it without blocking (it waits in poll() on the device and an eventfd); stop()
 * drops the device's buffer (snd_pcm_drop) from the calling thread, so the sound ends at once.
 * The device is closed after 5 s of silence, so that another program (jiujinctl doctor) can open
 * it. Lives in the audio plugin only.
 */
class AlsaAudioOutput : public QObject, public AudioOutput
{
    Q_OBJECT
public:
    /** @p device: an ALSA PCM name ("default", "null", "plughw:CARD=PCH,DEV=0"...). */
    explicit AlsaAudioOutput(QString device);
    ~AlsaAudioOutput() override;

    bool hasDevice() const override { return true; }
    void append(const QByteArray &pcm, int sampleRate) override;
    void stop() override;
    void setVolume(double volume) override;
    bool playing() const override;
    void setPlayingChanged(std::function<void()> changed) override;

    /** See AudioOutputFactory::probe(). */
    static QString probe(const QString &device);

    /** Closes an ALSA handle (for std::unique_ptr). */
    struct Close
    {
        void operator()(snd_pcm_t *pcm) const;
    };
    using Pcm = std::unique_ptr<snd_pcm_t, Close>;
    /** Opens @p device for 16-bit mono playback at @p rate, non-blocking, 200 ms of buffer,
     *  starting with the first frame written. Null with @p problem set when it cannot. */
    static Pcm open(const QString &device, int rate, QString *problem);

private:
    struct Chunk
    {
        QByteArray pcm;
        int rate = 0;
        qsizetype offset = 0; ///< bytes already written
    };

    enum class Write { Wrote, Full, Failed };
    void run();
    /** Writes one slice of the first chunk, as much as the device takes now. The write itself
     *  runs outside the lock (a file plugin's write() may block), so stop() is never kept
     *  waiting; a stop() meanwhile drops what it wrote. */
    Write writeOnce(std::unique_lock<std::mutex> &lock);
    /** After a failed ALSA call: prepares the device again, or closes it after three tries. */
    bool recoverLocked(int err, int &tries);
    void finishLocked();
    void setPlayingLocked(bool on);
    void reportLocked(const QString &problem);
    void wake();

    const QString m_device;
    std::function<void()> m_changed; ///< owner's thread only

    mutable std::mutex m_mutex; ///< guards what follows up to m_quit
    std::deque<Chunk> m_queue;
    Pcm m_pcm;      ///< opened and closed by the thread; stop() drops its buffer
    int m_rate = 0; ///< m_pcm's sample rate
    bool m_playing = false;
    quint64 m_generation = 0; ///< bumped by stop(): a write begun before it is dropped
    bool m_quit = false;
    QString m_lastProblem; ///< logged once until it changes

    std::atomic<double> m_volume{0.8};
    std::vector<qint16> m_scaled; ///< the thread's scratch buffer
    int m_wake = -1;              ///< eventfd: the thread's poll() returns when it is written
    std::thread m_thread;
};

} // namespace jiujin
