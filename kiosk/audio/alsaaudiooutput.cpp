#include "alsaaudiooutput.h"

#include <QLoggingCategory>
#include <QMetaObject>

#include <alsa/asoundlib.h>

#include <chrono>
#include <cmath>
#include <cstring>

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcAudio, "jiujin.audio")

namespace jiujin {

namespace {

using Clock = std::chrono::steady_clock;

constexpr unsigned bufferMicroseconds = 1000000; ///< room for a loaded machine's scheduling gaps
constexpr auto idleClose = std::chrono::seconds(5);

// alsa-lib prints its errors to stderr; what matters is returned as codes and said in our words.
void quietAlsa(const char *, int, const char *, int, const char *, ...) {}

QString text(int err)
{
    return QString::fromLocal8Bit(snd_strerror(err));
}

} // namespace

void AlsaAudioOutput::Close::operator()(snd_pcm_t *pcm) const
{
    snd_pcm_close(pcm);
}

AlsaAudioOutput::Pcm AlsaAudioOutput::open(const QString &device, int rate, QString *problem)
{
    static const bool quiet = [] {
        snd_lib_error_set_handler(&quietAlsa);
        return true;
    }();
    Q_UNUSED(quiet);
    snd_pcm_t *raw = nullptr;
    int err = snd_pcm_open(&raw, device.toLocal8Bit().constData(), SND_PCM_STREAM_PLAYBACK,
                           SND_PCM_NONBLOCK);
    if (err < 0) {
        *problem = QStringLiteral("the ALSA device %1 cannot be opened: %2").arg(device, text(err));
        return {};
    }
    Pcm pcm(raw);
    // Mono 16-bit as espeak-ng makes it; ALSA's plug layer converts for a card that wants more.
    err = snd_pcm_set_params(pcm.get(), SND_PCM_FORMAT_S16, SND_PCM_ACCESS_RW_INTERLEAVED, 1,
                             unsigned(rate), 1, bufferMicroseconds);
    if (err < 0) {
        *problem = QStringLiteral("the ALSA device %1 does not take 16-bit mono at %2 Hz: %3")
                       .arg(device)
                       .arg(rate)
                       .arg(text(err));
        return {};
    }
    // Start with the first frame written: snd_pcm_set_params waits for a full buffer, which a
    // short prompt never fills.
    snd_pcm_sw_params_t *sw = nullptr;
    snd_pcm_sw_params_alloca(&sw);
    if (snd_pcm_sw_params_current(pcm.get(), sw) < 0 ||
        snd_pcm_sw_params_set_start_threshold(pcm.get(), sw, 1) < 0 ||
        (err = snd_pcm_sw_params(pcm.get(), sw)) < 0) {
        *problem = QStringLiteral("the ALSA device %1 refuses its start threshold: %2")
                       .arg(device, text(err));
        return {};
    }
    return pcm;
}

AlsaAudioOutput::AlsaAudioOutput(QString device)
    : m_device(std::move(device)), m_wake(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_wake < 0)
        qCWarning(lcAudio, "eventfd failed: voice guidance is silent");
    else
        m_thread = std::thread([this] { run(); });
}

AlsaAudioOutput::~AlsaAudioOutput()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        m_queue.clear();
        if (m_pcm)
            snd_pcm_drop(m_pcm.get());
    }
    wake();
    if (m_thread.joinable())
        m_thread.join();
    m_pcm.reset();
    if (m_wake >= 0)
        ::close(m_wake);
}

void AlsaAudioOutput::wake()
{
    if (m_wake < 0)
        return;
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wake, &one, sizeof one);
}

void AlsaAudioOutput::append(const QByteArray &pcm, int sampleRate)
{
    if (pcm.size() < 2 || sampleRate <= 0 || m_wake < 0)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({pcm, sampleRate, 0});
    }
    wake();
}

void AlsaAudioOutput::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();
        ++m_generation;
        // At once, from this thread: what the device still holds is thrown away, not played.
        if (m_pcm) {
            snd_pcm_drop(m_pcm.get());
            snd_pcm_prepare(m_pcm.get());
        }
        setPlayingLocked(false);
    }
    wake();
}

void AlsaAudioOutput::setVolume(double volume)
{
    m_volume.store(qBound(0.0, volume, 1.0));
}

bool AlsaAudioOutput::playing() const
{
    std::lock_guard lock(m_mutex);
    return m_playing;
}

void AlsaAudioOutput::setPlayingChanged(std::function<void()> changed)
{
    m_changed = std::move(changed);
}

void AlsaAudioOutput::setPlayingLocked(bool on)
{
    if (m_playing == on)
        return;
    m_playing = on;
    // On the owner's thread, as AudioOutput promises (AudioPlayer emits a Qt signal from it).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_changed)
                m_changed();
        },
        Qt::QueuedConnection);
}

void AlsaAudioOutput::reportLocked(const QString &problem)
{
    // Once per distinct problem: a missing loudspeaker must not fill the journal at every tap.
    if (problem != m_lastProblem)
        qCWarning(lcAudio, "%s: voice guidance is silent", qPrintable(problem));
    m_lastProblem = problem;
}

bool AlsaAudioOutput::recoverLocked(int err, int &tries)
{
    // An underrun (the device ran dry between sentences) or a suspend: prepare and go on.
    const int r = snd_pcm_recover(m_pcm.get(), err, 1);
    if (r >= 0 && ++tries <= 3)
        return true;
    reportLocked(QStringLiteral("the ALSA device %1 fails while playing: %2")
                     .arg(m_device, text(r < 0 ? r : err)));
    m_queue.clear();
    m_pcm.reset();
    m_rate = 0;
    setPlayingLocked(false);
    return false;
}

AlsaAudioOutput::Write AlsaAudioOutput::writeOnce(std::unique_lock<std::mutex> &lock)
{
    int tries = 0;
    for (;;) {
        Chunk &c = m_queue.front();
        const qsizetype frames = (c.pcm.size() - c.offset) / 2;
        if (frames <= 0) {
            m_queue.pop_front();
            return Write::Wrote;
        }
        snd_pcm_sframes_t n = snd_pcm_avail_update(m_pcm.get());
        if (n == 0)
            return Write::Full;
        if (n < 0) {
            if (!recoverLocked(int(n), tries))
                return Write::Failed;
            continue;
        }
        n = qMin<snd_pcm_sframes_t>(n, frames);
        m_scaled.resize(size_t(n));
        std::memcpy(m_scaled.data(), c.pcm.constData() + c.offset, size_t(n) * 2);
        const double volume = m_volume.load();
        if (volume < 1.0) {
            for (qint16 &s : m_scaled)
                s = qint16(std::lround(s * volume));
        }
        const quint64 generation = m_generation;
        snd_pcm_t *pcm = m_pcm.get(); // only this thread closes it
        lock.unlock();
        n = snd_pcm_writei(pcm, m_scaled.data(), snd_pcm_uframes_t(n));
        lock.lock();
        if (generation != m_generation) {
            // stop() came while writing: it may have dropped the buffer before this slice went
            // in, so drop again rather than let the slice play.
            if (m_pcm) {
                snd_pcm_drop(m_pcm.get());
                snd_pcm_prepare(m_pcm.get());
            }
            return Write::Wrote;
        }
        if (n == -EAGAIN)
            return Write::Full;
        if (n > 0) {
            m_queue.front().offset += qsizetype(n) * 2;
            setPlayingLocked(true);
            return Write::Wrote;
        }
        if (!recoverLocked(int(n), tries))
            return Write::Failed;
    }
}

void AlsaAudioOutput::finishLocked()
{
    // Everything written has been played. drop() also hands a file plugin its last frames;
    // prepare() readies the device for the next sentence without reopening it.
    snd_pcm_drop(m_pcm.get());
    snd_pcm_prepare(m_pcm.get());
    setPlayingLocked(false);
}

void AlsaAudioOutput::run()
{
    Clock::time_point idleSince = Clock::now();
    std::vector<pollfd> fds;
    std::unique_lock lock(m_mutex);
    while (!m_quit) {
        // (Re)open for the next chunk's rate once nothing plays; outside the lock, so that a
        // slow device never keeps stop() (the UI thread) waiting.
        if (!m_queue.empty() && !m_playing && (!m_pcm || m_rate != m_queue.front().rate)) {
            const int rate = m_queue.front().rate;
            Pcm old = std::move(m_pcm);
            m_rate = 0;
            lock.unlock();
            old.reset();
            QString problem;
            Pcm pcm = open(m_device, rate, &problem);
            lock.lock();
            if (!pcm) {
                reportLocked(problem);
                m_queue.clear(); // silent; the next utterance tries again
                continue;
            }
            m_lastProblem.clear();
            m_pcm = std::move(pcm);
            m_rate = rate;
            idleSince = Clock::now();
            continue;
        }
        int timeoutMs = -1;
        bool waitForRoom = false;
        if (m_pcm && !m_queue.empty() && m_queue.front().rate == m_rate) {
            if (writeOnce(lock) != Write::Full)
                continue;
            waitForRoom = true;
        }
        if (m_pcm && m_playing && !waitForRoom) {
            // All written: done once the device has played it (a rate change waits for that).
            snd_pcm_sframes_t delay = 0;
            if (snd_pcm_state(m_pcm.get()) != SND_PCM_STATE_RUNNING ||
                snd_pcm_delay(m_pcm.get(), &delay) < 0 || delay <= 0) {
                finishLocked();
                idleSince = Clock::now();
                continue;
            }
            timeoutMs = int(qBound(qint64(5), qint64(delay) * 1000 / m_rate, qint64(50)));
        }
        if (m_pcm && !m_playing && m_queue.empty()) {
            const auto left = idleSince + idleClose - Clock::now();
            if (left <= Clock::duration::zero()) {
                m_pcm.reset(); // prepared and silent: closing is quick
                m_rate = 0;
                continue;
            }
            timeoutMs = int(std::chrono::ceil<std::chrono::milliseconds>(left).count());
        }
        fds.assign(1, pollfd{m_wake, POLLIN, 0});
        if (waitForRoom) {
            const int n = snd_pcm_poll_descriptors_count(m_pcm.get());
            if (n > 0) {
                fds.resize(1 + size_t(n));
                snd_pcm_poll_descriptors(m_pcm.get(), fds.data() + 1, unsigned(n));
            }
            timeoutMs = 50; // in case a plugin's descriptor never signals
        }
        lock.unlock();
        ::poll(fds.data(), nfds_t(fds.size()), timeoutMs);
        if (fds.front().revents & POLLIN) {
            quint64 count = 0;
            [[maybe_unused]] const ssize_t n = ::read(m_wake, &count, sizeof count);
        }
        lock.lock();
    }
}

QString AlsaAudioOutput::probe(const QString &device)
{
    constexpr int rate = 22050; // espeak-ng's
    QString problem;
    Pcm pcm = open(device, rate, &problem);
    if (!pcm)
        return problem;
    // 100 ms of silence, then wait (at most a second) until the device has played it.
    const std::vector<qint16> silence(rate / 10, 0);
    snd_pcm_uframes_t done = 0;
    const Clock::time_point deadline = Clock::now() + std::chrono::seconds(1);
    while (done < silence.size()) {
        const snd_pcm_sframes_t n =
            snd_pcm_writei(pcm.get(), silence.data() + done, silence.size() - done);
        if (n > 0) {
            done += snd_pcm_uframes_t(n);
        } else if (n == -EAGAIN) {
            snd_pcm_wait(pcm.get(), 50);
        } else if (const int err = snd_pcm_recover(pcm.get(), int(n), 1); err < 0) {
            return QStringLiteral("the ALSA device %1 fails while playing: %2")
                .arg(device, text(err));
        }
        if (Clock::now() > deadline)
            return QStringLiteral("the ALSA device %1 takes no sound (stalled)").arg(device);
    }
    snd_pcm_sframes_t delay = 0;
    while (snd_pcm_state(pcm.get()) == SND_PCM_STATE_RUNNING &&
           snd_pcm_delay(pcm.get(), &delay) >= 0 && delay > 0) {
        if (Clock::now() > deadline)
            return QStringLiteral("the ALSA device %1 does not play (stalled)").arg(device);
        ::usleep(10000);
    }
    snd_pcm_drop(pcm.get());
    return {};
}

} // namespace jiujin
