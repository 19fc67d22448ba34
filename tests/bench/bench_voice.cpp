// Voice guidance: from the tap (SpeechService::speak) to the first sentence's PCM being handed to
// the audio sink, cold (synthesised) and warm (from the phrase cache), beside the espeak-ng command
// line saying the same first sentence to a file in the same run. Prints a table; asserts nothing.
// Target: first sound within 300 ms of the tap (issue 19).
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

double firstChunkMs(SpeechService &service, const QString &text)
{
    QEventLoop loop;
    QElapsedTimer t;
    double ms = -1;
    const auto c = QObject::connect(&service, &SpeechService::chunkReady, &loop, [&] {
        if (ms < 0)
            ms = double(t.nsecsElapsed()) / 1e6;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    t.start();
    service.speak(text);
    loop.exec();
    QObject::disconnect(c);
    service.stop();
    return ms;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (!SpeechSynthesizer::available()) {
        std::printf("espeak-ng unavailable: %s\n", qPrintable(SpeechSynthesizer::error()));
        return 1;
    }
    const QStringList prompts = {
        QStringLiteral("您好！欢迎使用“就近办”政务服务自助终端。请点您要办的事。"),
        QStringLiteral(
            "第3步（共4步）：个人信息处理告知。为了办理最低生活保障申请，需要用到您的个人信息。"),
        QStringLiteral(
            "申请已提交。受理编号：15052-000123-7。请留好受理编号，凭它可以在本机查进度。"),
        QStringLiteral("请在 2026年12月8日 09:30 到 3号窗口签到。"),
    };
    const int rounds = 7;
    QList<double> cold, warm, cli;
    SpeechService warmService;
    for (int r = 0; r < rounds; ++r) {
        for (const QString &p : prompts) {
            SpeechService fresh(1); // a cache of 1 KiB: every sentence is synthesised
            cold << firstChunkMs(fresh, p);
            if (r == 0)
                firstChunkMs(warmService, p); // fill the cache
            warm << firstChunkMs(warmService, p);
            const QString first = fresh.prepare(p).value(0);
            QElapsedTimer t;
            t.start();
            QProcess cmd;
            cmd.start(QStringLiteral("espeak-ng"),
                      {QStringLiteral("-v"), QStringLiteral("cmn-latn-pinyin"),
                       QStringLiteral("-s"), QStringLiteral("150"), QStringLiteral("-w"),
                       QStringLiteral("/dev/null"), first});
            cmd.waitForFinished(10000);
            cli << double(t.nsecsElapsed()) / 1e6;
        }
    }
    const double base = median(cli);
    std::printf("Voice guidance: tap to first sentence's PCM (%d prompts x %d rounds, median)\n",
                int(prompts.size()), rounds);
    std::printf("| path                                        | ms     | / espeak-ng CLI |\n");
    std::printf("|---------------------------------------------|--------|-----------------|\n");
    std::printf("| espeak-ng CLI, first sentence to a WAV file | %6.1f | %15.2f |\n", base, 1.0);
    std::printf("| SpeechService, cold (synthesised)           | %6.1f | %15.2f |\n", median(cold),
                median(cold) / base);
    std::printf("| SpeechService, warm (phrase cache)          | %6.1f | %15.2f |\n", median(warm),
                median(warm) / base);
    std::printf(
        "Target: first sound <= 300 ms after the tap (plus the sink's buffer, ~20-50 ms).\n");
    return 0;
}
