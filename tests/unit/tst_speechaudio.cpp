#include "speechnormalizer.h"
#include "speechpinyin.h"
#include "speechservice.h"
#include "speechsynthesizer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {
// Each screen's prompt as the 🔊 button reads it: its Heading, then its BodyText instructions,
// taken from the page files themselves (placeholders filled with sample values, not personal).
QList<std::pair<QString, QString>> screenPrompts()
{
    QList<std::pair<QString, QString>> out;
    static const QRegularExpression text(QStringLiteral(
        "\\b(Heading|BodyText)\\s*\\{[^{}]*?\\btext:\\s*qsTr\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)"));
    const QDir pages(QStringLiteral(JIUJIN_QML_PAGES));
    for (const QString &file :
         pages.entryList({QStringLiteral("*Page.qml")}, QDir::Files, QDir::Name)) {
        QFile f(pages.filePath(file));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString qml = QString::fromUtf8(f.readAll());
        QStringList parts;
        auto it = text.globalMatch(qml);
        while (it.hasNext()) {
            QString s = it.next().captured(2);
            s.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
            s.replace(QStringLiteral("%1"), QStringLiteral("最低生活保障申请"));
            s.replace(QRegularExpression(QStringLiteral("%[2-9]")), QStringLiteral("3"));
            parts << s;
        }
        if (!parts.isEmpty())
            out.append({file, parts.join(QStringLiteral("。\n"))});
    }
    return out;
}

void writeWav(const QString &path, const QByteArray &pcm, int rate)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    auto u32 = [&f](quint32 v) { f.write(reinterpret_cast<const char *>(&v), 4); };
    auto u16 = [&f](quint16 v) { f.write(reinterpret_cast<const char *>(&v), 2); };
    f.write("RIFF");
    u32(36 + quint32(pcm.size()));
    f.write("WAVEfmt ");
    u32(16);
    u16(1);
    u16(1);
    u32(quint32(rate));
    u32(quint32(rate) * 2);
    u16(2);
    u16(16);
    f.write("data");
    u32(quint32(pcm.size()));
    f.write(pcm);
}

double soxStat(const QString &stat, const QString &key)
{
    static const QRegularExpression num(QStringLiteral("(-?[0-9.]+(?:e-?[0-9]+)?)\\s*$"));
    for (const QString &line : stat.split(QLatin1Char('\n'))) {
        if (line.startsWith(key)) {
            const auto m = num.match(line.trimmed());
            if (m.hasMatch())
                return m.captured(1).toDouble();
        }
    }
    FAIL("sox stat printed no " << key.toStdString());
    return 0;
}
} // namespace

// Audio level: every screen's prompt rendered to a WAV (no sound device), then `sox stat`: not
// silent, and a plausible length for the number of syllables (espeak-ng at the kiosk's rate says
// 3-6 syllables a second; much shorter means syllables were skipped or spelt, much longer that
// something was spelt letter by letter).
TEST_CASE("every screen's prompt renders to speech of plausible length", "[speech][audio]")
{
    REQUIRE(SpeechSynthesizer::available());
    const auto prompts = screenPrompts();
    REQUIRE(prompts.size() >= 15);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SpeechService service;
    for (const auto &[page, prompt] : prompts) {
        INFO(page.toStdString() << ": " << prompt.toStdString());
        const QStringList sentences = service.prepare(prompt);
        REQUIRE_FALSE(sentences.isEmpty());
        QByteArray pcm;
        int syllables = 0;
        for (const QString &s : sentences) {
            pcm += SpeechSynthesizer::render(s, 150);
            syllables += int(s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        }
        const QString wav = dir.filePath(QFileInfo(page).baseName() + QStringLiteral(".wav"));
        writeWav(wav, pcm, SpeechSynthesizer::sampleRate());
        QProcess sox;
        sox.start(QStringLiteral("sox"), {wav, QStringLiteral("-n"), QStringLiteral("stat")});
        REQUIRE(sox.waitForFinished(30000));
        const QString stat = QString::fromUtf8(sox.readAllStandardError());
        const double seconds = soxStat(stat, QStringLiteral("Length (seconds)"));
        const double rms = soxStat(stat, QStringLiteral("RMS     amplitude"));
        INFO("sox: " << seconds << " s, RMS " << rms << ", " << syllables << " syllables");
        CHECK(rms > 0.02);
        CHECK(seconds / syllables > 1.0 / 6.5);
        CHECK(seconds / syllables < 1.0 / 2.0);
    }
}
