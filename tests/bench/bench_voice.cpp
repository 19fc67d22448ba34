// Voice guidance: from the tap (SpeechService::speak) to the first sentence's PCM being handed to
// the audio output, and to its first frames being written to the ALSA device (AudioPlayer, the
// audio plugin: loaded, device opened, first write), beside the espeak-ng command line saying the
// same first sentence to a file in the same run. The first tap of a process is measured in fresh
// child processes (this program run with --first-tap), with and without SpeechService::preload()
// (the kiosk preloads after its first frame); later taps cold (synthesised) and warm (from the
// phrase cache) in this process. The ALSA device is $JIUJIN_BENCH_AUDIO_DEVICE, else "null" (ALSA's
// sink that needs no sound card: a card's own start-up, about one period, comes on top). Prints a
// table; asserts nothing. Target: first sound within 300 ms of the tap (issue 19).
#include "audioplayer.h"
#include "speechservice.h"
#include "speechsynthesizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace jiujin;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

const QString HomePrompt =
    QStringLiteral("您好！欢迎使用“就近办”政务服务自助终端。请点您要办的事。");

/** @p blockedMs: how long speak() held the calling (UI) thread. */
/** Milliseconds from speak(@p text) to the first @p signal of @p sender (-1 after 10 s);
 *  @p blockedMs: how long speak() held the calling (UI) thread. */
template <typename Sender, typename Signal>
double msToFirst(SpeechService &service, const QString &text, const Sender *sender, Signal signal,
                 double *blockedMs)
{
    QEventLoop loop;
    QElapsedTimer t;
    double ms = -1;
    const auto c = QObject::connect(sender, signal, &loop, [&] {
        if (ms < 0)
            ms = double(t.nsecsElapsed()) / 1e6;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    t.start();
    service.speak(text);
    if (blockedMs)
        *blockedMs = double(t.nsecsElapsed()) / 1e6;
    loop.exec();
    QObject::disconnect(c);
    return ms;
}

double firstChunkMs(SpeechService &service, const QString &text, double *blockedMs = nullptr)
{
    const double ms = msToFirst(service, text, &service, &SpeechService::chunkReady, blockedMs);
    service.stop();
    return ms;
}

QString benchDevice()
{
    const QString device = qEnvironmentVariable("JIUJIN_BENCH_AUDIO_DEVICE");
    return device.isEmpty() ? QStringLiteral("null") : device;
}

/** Tap to the first frames written to the ALSA device: the first playingChanged() after the tap
 *  (from not playing, the only change is the first write; on "null" it may have ended again by
 *  the time the signal is delivered). @p service's chunks must reach @p player. */
double firstSoundMs(SpeechService &service, AudioPlayer &player, const QString &text,
                    double *blockedMs = nullptr)
{
    QCoreApplication::processEvents(); // the last stop()'s change, not this tap's
    const double ms = msToFirst(service, text, &player, &AudioPlayer::playingChanged, blockedMs);
    service.stop();
    player.stop();
    QCoreApplication::processEvents();
    return ms;
}

/** The child: the first tap of a fresh process, after a preload when @p preload; to the ALSA
 *  device's first frames when @p alsa (the plugin is loaded by that tap). Prints
 *  "preload_ms tap_ms blocked_ms". */
int firstTap(bool preload, bool alsa)
{
    SpeechService service;
    AudioPlayer player;
    player.setDevice(benchDevice());
    if (alsa)
        QObject::connect(&service, &SpeechService::chunkReady, &player, &AudioPlayer::append);
    double preloadMs = 0;
    if (preload) {
        QEventLoop loop;
        QElapsedTimer t;
        t.start();
        QObject::connect(&service, &SpeechService::preloaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        service.preload();
        loop.exec();
        preloadMs = double(t.nsecsElapsed()) / 1e6;
    }
    if (SpeechSynthesizer::loaded() != preload)
        return 2; // something loaded espeak-ng before the tap (or the preload did not)
    double blocked = 0;
    const double ms = alsa ? firstSoundMs(service, player, HomePrompt, &blocked)
                           : firstChunkMs(service, HomePrompt, &blocked);
    std::printf("%.2f %.2f %.2f\n", preloadMs, ms, blocked);
    return ms < 0 ? 1 : 0;
}

struct FirstTaps
{
    QList<double> preload, tap, blocked;
};

FirstTaps runFirstTaps(bool preload, int runs, bool alsa = false)
{
    FirstTaps out;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        QStringList args{QStringLiteral("--first-tap"),
                         preload ? QStringLiteral("preload") : QStringLiteral("none")};
        if (alsa)
            args << QStringLiteral("alsa");
        child.start(QCoreApplication::applicationFilePath(), args);
        child.waitForFinished(60000);
        const QList<QByteArray> f = child.readAllStandardOutput().trimmed().split(' ');
        if (child.exitCode() != 0 || f.size() != 3) {
            std::printf("first-tap child failed (exit %d)\n", child.exitCode());
            continue;
        }
        out.preload << f[0].toDouble();
        out.tap << f[1].toDouble();
        out.blocked << f[2].toDouble();
    }
    return out;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], "--first-tap") == 0)
        return firstTap(qstrcmp(argv[2], "preload") == 0,
                        argc == 4 && qstrcmp(argv[3], "alsa") == 0);
    const QString device = benchDevice();
    if (const QString problem = AudioPlayer::probe(device); !problem.isEmpty()) {
        // Without a device that plays, the ALSA rows would measure nothing.
        std::printf("%s\n", qPrintable(problem));
        return 1;
    }
    const int runs = 7;
    const FirstTaps bare = runFirstTaps(false, runs);
    const FirstTaps preloaded = runFirstTaps(true, runs);
    const FirstTaps preloadedAlsa = runFirstTaps(true, runs, true);
    if (!SpeechSynthesizer::available()) {
        std::printf("espeak-ng unavailable: %s\n", qPrintable(SpeechSynthesizer::error()));
        return 1;
    }
    const QStringList prompts = {
        HomePrompt,
        QStringLiteral(
            "第3步（共4步）：个人信息处理告知。为了办理最低生活保障申请，需要用到您的个人信息。"),
        QStringLiteral(
            "申请已提交。受理编号：15052-000123-7。请留好受理编号，凭它可以在本机查进度。"),
        QStringLiteral("请在 2026年12月8日 09:30 到 3号窗口签到。"),
    };
    const int rounds = 7;
    QList<double> cold, coldBlocked, warm, cli, coldAlsa, warmAlsa;
    SpeechService warmService;
    AudioPlayer player;
    player.setDevice(device);
    for (int r = 0; r < rounds; ++r) {
        for (const QString &p : prompts) {
            SpeechService fresh(1); // a cache of 1 KiB: every sentence is synthesised
            double blocked = 0;
            cold << firstChunkMs(fresh, p, &blocked);
            coldBlocked << blocked;
            if (r == 0)
                firstChunkMs(warmService, p); // fill the cache
            warm << firstChunkMs(warmService, p);
            {
                const auto toDevice = QObject::connect(&fresh, &SpeechService::chunkReady, &player,
                                                       &AudioPlayer::append);
                coldAlsa << firstSoundMs(fresh, player, p);
                QObject::disconnect(toDevice);
            }
            {
                const auto toDevice = QObject::connect(&warmService, &SpeechService::chunkReady,
                                                       &player, &AudioPlayer::append);
                warmAlsa << firstSoundMs(warmService, player, p);
                QObject::disconnect(toDevice);
            }
            const QString first = fresh.prepare(p).value(0);
            QElapsedTimer t;
            t.start();
            QProcess cmd;
            cmd.start(QStringLiteral("espeak-ng"),
                      {QStringLiteral("-v"), QStringLiteral("cmn-latn-pinyin"),
                       QStringLiteral("-s"), QStringLiteral("150"), QStringLiteral("-w"),
                       QStringLiteral("/dev/null"), first});
            if (!cmd.waitForFinished(10000) || cmd.exitStatus() != QProcess::NormalExit ||
                cmd.exitCode() != 0) {
                // A baseline that did not run would make every ratio a lie.
                std::printf("the espeak-ng command line did not run (package espeak-ng): %s\n",
                            qPrintable(cmd.errorString()));
                return 1;
            }
            cli << double(t.nsecsElapsed()) / 1e6;
        }
    }
    const double base = median(cli);
    std::printf("Voice guidance: tap to first sentence's PCM (median; first taps: %d fresh "
                "processes each, the home prompt; later taps: %d prompts x %d rounds)\n",
                runs, int(prompts.size()), rounds);
    std::printf("| path                                             | ms     | / espeak-ng CLI |"
                " UI thread ms |\n");
    std::printf("|--------------------------------------------------|--------|-----------------|"
                "--------------|\n");
    const auto row = [base](const char *name, double ms, double blocked) {
        std::printf("| %-48s | %6.1f | %15.2f | %12s |\n", name, ms, ms / base,
                    blocked < 0 ? "" : qPrintable(QString::number(blocked, 'f', 1)));
    };
    row("espeak-ng CLI, first sentence to a WAV file", base, -1);
    row("first tap of the process, nothing preloaded", median(bare.tap), median(bare.blocked));
    row("first tap after preload()", median(preloaded.tap), median(preloaded.blocked));
    row("later tap, cold (synthesised)", median(cold), median(coldBlocked));
    row("later tap, warm (phrase cache)", median(warm), -1);
    row("ALSA: first tap after preload(), plugin loaded", median(preloadedAlsa.tap),
        median(preloadedAlsa.blocked));
    row("ALSA: later tap, cold (synthesised)", median(coldAlsa), -1);
    row("ALSA: later tap, warm (phrase cache)", median(warmAlsa), -1);
    std::printf("ALSA rows: tap to the first frames written to the ALSA device \"%s\" "
                "(AudioPlayer::playing()).\n",
                qPrintable(device));
    std::printf("preload() itself, on the worker thread after the first frame: %.1f ms\n",
                median(preloaded.preload));
    std::printf("Target: first sound <= 300 ms after the tap (a card starts playing within a "
                "period of the first write, ~10-50 ms).\n");
    return 0;
}
