#include "audioplayer.h"
#include "speechservice.h"
#include "speechsynthesizer.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace jiujin;

// Each TEST_CASE runs in a process of its own (catch_discover_tests), so what /proc/self/maps
// shows and the ALSA configuration read (HOME/.asoundrc) are the test's own.

namespace {
/** Whether a shared library whose file name starts with @p name is mapped into this process. */
bool mapped(const char *name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        FAIL("cannot read /proc/self/maps");
    return maps.readAll().contains(QByteArray("/") + name);
}

/** ALSA's file plugin over its null device: what is played lands in @p path, byte for byte. */
QString fileDevice(const QString &path)
{
    return QStringLiteral("file:FILE=%1,FORMAT=raw").arg(path);
}

/** The PCM of @p text as the kiosk says it, sentence by sentence. */
QList<QByteArray> spoken(const QString &text)
{
    REQUIRE(SpeechSynthesizer::available());
    SpeechService service;
    QList<QByteArray> out;
    for (const QString &sentence : service.prepare(text))
        out << SpeechSynthesizer::render(sentence, 150);
    REQUIRE(!out.isEmpty());
    return out;
}

/** Waits until @p player has played something and finished. */
void waitPlayed(AudioPlayer &player, QSignalSpy &changes)
{
    REQUIRE(QTest::qWaitFor([&] { return changes.count() >= 2 && !player.playing(); }, 20000));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

double rms(const QByteArray &pcm)
{
    const auto *s = reinterpret_cast<const qint16 *>(pcm.constData());
    const qsizetype n = pcm.size() / 2;
    double sum = 0;
    for (qsizetype i = 0; i < n; ++i)
        sum += double(s[i]) * s[i];
    return n ? std::sqrt(sum / double(n)) / 32768.0 : 0;
}

QByteArray scaled(const QByteArray &pcm, double volume)
{
    QByteArray out = pcm;
    auto *s = reinterpret_cast<qint16 *>(out.data());
    for (qsizetype i = 0; i < out.size() / 2; ++i)
        s[i] = qint16(std::lround(s[i] * volume));
    return out;
}
} // namespace

// ALSA is loaded with the audio plugin on the first sound, not with the kiosk (DESIGN §9c), and
// voice plays on ALSA directly: Qt Multimedia and PulseAudio are never loaded (DESIGN §9a).
TEST_CASE("the audio player loads ALSA only with its plugin, and no sound server", "[audio]")
{
    REQUIRE_FALSE(mapped("libasound.so"));
    {
        AudioPlayer player;
        player.setVolume(0.3);
        player.stop();
        CHECK_FALSE(player.playing());
    }
    CHECK_FALSE(mapped("libasound.so"));
    CHECK_FALSE(mapped("libjiujin-audio.so"));

    CHECK(AudioPlayer::loadPlugin() == QString());
    CHECK(mapped("libjiujin-audio.so"));
    CHECK(mapped("libasound.so"));
    CHECK_FALSE(mapped("libQt6Multimedia.so"));
    CHECK_FALSE(mapped("libpulse"));
}

TEST_CASE("the audio plugin is looked for where JIUJIN_AUDIO_PLUGIN says, else beside the kiosk",
          "[audio]")
{
    CHECK(AudioPlayer::pluginPath().endsWith(QStringLiteral("/libjiujin-audio.so")));
    qputenv("JIUJIN_AUDIO_PLUGIN", "/nonexistent/libjiujin-audio.so");
    CHECK(AudioPlayer::pluginPath() == QStringLiteral("/nonexistent/libjiujin-audio.so"));
    qunsetenv("JIUJIN_AUDIO_PLUGIN");
}

// The device comes from jiujin.conf's [kiosk] audio; here it is a PCM that a test asoundrc (in a
// HOME of its own) defines as ALSA's file plugin, so what reached "the loudspeaker" is read back:
// it must be exactly the sentences spoken, in order, in full, not silence.
TEST_CASE("what is spoken reaches the configured ALSA device in full", "[audio]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString played = home.filePath(QStringLiteral("played.raw"));
    {
        QFile rc(home.filePath(QStringLiteral(".asoundrc")));
        REQUIRE(rc.open(QIODevice::WriteOnly));
        rc.write(QStringLiteral("pcm.jiujin_test_speaker {\n    type file\n    slave.pcm \"null\"\n"
                                "    file \"%1\"\n    format \"raw\"\n}\n")
                     .arg(played)
                     .toUtf8());
        QFile conf(home.filePath(QStringLiteral("jiujin.conf")));
        REQUIRE(conf.open(QIODevice::WriteOnly));
        conf.write("[kiosk]\naudio=jiujin_test_speaker\n");
    }
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("JIUJIN_CONFIG", home.filePath(QStringLiteral("jiujin.conf")).toLocal8Bit());
    REQUIRE(AudioPlayer::configuredDevice() == QStringLiteral("jiujin_test_speaker"));
    REQUIRE(AudioPlayer::probe(QStringLiteral("jiujin_test_speaker")) == QString());

    const QList<QByteArray> sentences = spoken(QStringLiteral("您好！请点您要办的事。"));
    REQUIRE(sentences.size() == 2);
    AudioPlayer player;
    player.setVolume(1.0);
    QSignalSpy changes(&player, &AudioPlayer::playingChanged);
    for (const QByteArray &pcm : sentences)
        player.append(pcm, SpeechSynthesizer::sampleRate());
    waitPlayed(player, changes);
    const QByteArray out = readAll(played);
    const QByteArray expected = sentences.at(0) + sentences.at(1);
    INFO("played " << out.size() << " bytes, spoken " << expected.size());
    CHECK(out.size() == expected.size());
    CHECK(out == expected);
    CHECK(rms(out) > 0.02);
    // About a second and a half of speech: not a click, not a spelt-out string of letters.
    const double seconds = double(out.size()) / 2 / SpeechSynthesizer::sampleRate();
    CHECK(seconds > 0.8);
    CHECK(seconds < 4.0);
}

TEST_CASE("the volume scales what reaches the ALSA device", "[audio]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString played = dir.filePath(QStringLiteral("played.raw"));
    const QByteArray pcm = spoken(QStringLiteral("请稍候。")).value(0);
    AudioPlayer player;
    player.setDevice(fileDevice(played));
    player.setVolume(0.3);
    QSignalSpy changes(&player, &AudioPlayer::playingChanged);
    player.append(pcm, SpeechSynthesizer::sampleRate());
    waitPlayed(player, changes);
    const QByteArray out = readAll(played);
    CHECK(out == scaled(pcm, 0.3));
    CHECK(rms(out) == Approx(rms(pcm) * 0.3).epsilon(0.01));
}

// stop() drops the device's buffer and the queue at once: of a long text, only what had gone out
// before the stop is played, and what is said next is played in full. The file plugin writes into
// a FIFO read at about nine times the speaking rate, so the long text cannot have gone out whole
// before stop() is called (a minute of speech takes over six seconds through it).
TEST_CASE("stop silences the ALSA device at once and the next text plays in full", "[audio]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("speaker.fifo"));
    REQUIRE(::mkfifo(fifo.toLocal8Bit().constData(), 0600) == 0);
    const int fd = ::open(fifo.toLocal8Bit().constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    REQUIRE(fd >= 0);
    std::atomic<qsizetype> received{0};
    std::atomic<bool> done{false};
    QByteArray heard; // the reader's until it is joined
    std::thread reader([&] {
        char buf[4096];
        while (!done) {
            pollfd p{fd, POLLIN, 0};
            ::poll(&p, 1, 50);
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n > 0) {
                heard.append(buf, n);
                received += n;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;)
            heard.append(buf, n);
    });

    const QByteArray sentence = spoken(QStringLiteral("请到窗口办理。")).value(0);
    QByteArray minute;
    while (minute.size() < SpeechSynthesizer::sampleRate() * 2 * 60)
        minute += sentence;
    const QByteArray next = spoken(QStringLiteral("请稍候。")).value(0);
    {
        AudioPlayer player;
        player.setDevice(fileDevice(fifo));
        player.setVolume(1.0);
        QSignalSpy changes(&player, &AudioPlayer::playingChanged);
        player.append(minute, SpeechSynthesizer::sampleRate());
        REQUIRE(QTest::qWaitFor([&] { return received >= 16384; }, 20000));
        player.stop();
        CHECK_FALSE(player.playing());
        changes.clear();
        player.append(next, SpeechSynthesizer::sampleRate());
        waitPlayed(player, changes);
    } // closes the device, and so the FIFO's writing end
    done = true;
    reader.join();
    ::close(fd);
    INFO("heard " << heard.size() << " bytes of " << minute.size() << " + " << next.size());
    REQUIRE(heard.size() >= next.size());
    CHECK(heard.endsWith(next));
    const QByteArray before = heard.left(heard.size() - next.size());
    CHECK(minute.startsWith(before));
    CHECK(before.size() < minute.size() / 4);
}
