#include "speechguard.h"
#include "speechnormalizer.h"
#include "speechpinyin.h"
#include "speechservice.h"
#include "speechsynthesizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <mutex>

using namespace jiujin;

// Voice guidance, text level: what is handed to espeak-ng (no audio needed).

TEST_CASE("numbers are read as words: cardinals and digit strings", "[speech]")
{
    CHECK(SpeechNormalizer::cardinal(0) == QStringLiteral("零"));
    CHECK(SpeechNormalizer::cardinal(10) == QStringLiteral("十"));
    CHECK(SpeechNormalizer::cardinal(15) == QStringLiteral("十五"));
    CHECK(SpeechNormalizer::cardinal(105) == QStringLiteral("一百零五"));
    CHECK(SpeechNormalizer::cardinal(110) == QStringLiteral("一百一十"));
    CHECK(SpeechNormalizer::cardinal(326) == QStringLiteral("三百二十六"));
    CHECK(SpeechNormalizer::cardinal(1001) == QStringLiteral("一千零一"));
    CHECK(SpeechNormalizer::cardinal(10000) == QStringLiteral("一万"));
    CHECK(SpeechNormalizer::cardinal(100000) == QStringLiteral("十万"));
    CHECK(SpeechNormalizer::cardinal(120050) == QStringLiteral("十二万零五十"));
    CHECK(SpeechNormalizer::cardinal(100000000) == QStringLiteral("一亿"));
    CHECK(SpeechNormalizer::cardinal(100000005) == QStringLiteral("一亿零五"));
    CHECK(SpeechNormalizer::cardinal(100010) == QStringLiteral("十万零一十"));
    CHECK(SpeechNormalizer::cardinal(2005) == QStringLiteral("两千零五"));
    CHECK(SpeechNormalizer::cardinal(20000) == QStringLiteral("两万"));
    CHECK(SpeechNormalizer::digits(u"0471") == QStringLiteral("零四七幺"));
}

TEST_CASE("tone marks become tone numbers", "[speech]")
{
    CHECK(SpeechPinyin::numbered(QStringLiteral("hǎo")) == QStringLiteral("hao3"));
    CHECK(SpeechPinyin::numbered(QStringLiteral("lǜ")) == QStringLiteral("lv4"));
    CHECK(SpeechPinyin::numbered(QStringLiteral("nǚ")) == QStringLiteral("nv3"));
    CHECK(SpeechPinyin::numbered(QStringLiteral("de")) == QStringLiteral("de5"));
    CHECK(SpeechPinyin::numbered(QStringLiteral("yī")) == QStringLiteral("yi1"));
    CHECK(SpeechPinyin::numbered(QStringLiteral("xíng")) == QStringLiteral("xing2"));
}

// tests/unit/speech_golden.tsv: screen text, the normalised text, the pinyin espeak-ng gets.
TEST_CASE("golden table: screen text to normalised text to pinyin", "[speech]")
{
    QFile golden(QStringLiteral(JIUJIN_SPEECH_GOLDEN));
    REQUIRE(golden.open(QIODevice::ReadOnly | QIODevice::Text));
    QString actual;
    int rows = 0, mismatches = 0;
    while (!golden.atEnd()) {
        const QString line = QString::fromUtf8(golden.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            actual += line + QLatin1Char('\n');
            continue;
        }
        const QStringList cols = line.split(QLatin1Char('\t'));
        REQUIRE(cols.size() == 3);
        const QString normal = SpeechNormalizer::normalize(cols[0]);
        const QString pinyin = SpeechPinyin::read(normal);
        ++rows;
        if (normal != cols[1] || pinyin != cols[2]) {
            ++mismatches;
            UNSCOPED_INFO(cols[0].toStdString()
                          << "\n  expected " << cols[1].toStdString() << " | "
                          << cols[2].toStdString() << "\n  got      " << normal.toStdString()
                          << " | " << pinyin.toStdString());
        }
        actual +=
            cols[0] + QLatin1Char('\t') + normal + QLatin1Char('\t') + pinyin + QLatin1Char('\n');
    }
    CHECK(rows >= 60);
    if (mismatches > 0) {
        const QString out =
            QFileInfo(golden.fileName()).dir().filePath(QStringLiteral("speech_golden.actual.tsv"));
        QFile f(out);
        if (f.open(QIODevice::WriteOnly | QIODevice::Text))
            f.write(actual.toUtf8());
        UNSCOPED_INFO("actual output written to " << out.toStdString());
    }
    CHECK(mismatches == 0);
}

TEST_CASE("the guard refuses personal data and lets masked forms through", "[speech]")
{
    SpeechGuard guard;
    CHECK_FALSE(guard.admit(QStringLiteral("身份证号 150525195003120023")));
    CHECK_FALSE(guard.admit(QStringLiteral("号码 11010519491231002x")));
    CHECK_FALSE(guard.admit(QStringLiteral("手机 13912345678")));
    CHECK_FALSE(guard.admit(QStringLiteral("手机 139 1234 5678")));
    CHECK_FALSE(guard.admit(QStringLiteral("电话 0475-4212345 转 8"))); // 7-digit landline
    CHECK_FALSE(guard.admit(QStringLiteral("卡号 6222021234567890123")));
    CHECK(guard.refused() == 6);
    CHECK(guard.admit(QStringLiteral("手机尾号 5678")));
    CHECK(guard.admit(QStringLiteral("受理编号：15052-000123-7")));
    CHECK(guard.admit(QStringLiteral("请在 09:30 到 3号窗口，预约号 A012")));

    guard.setPersonalValues(
        {QStringLiteral("张桂兰"), QStringLiteral("幸福街 12 号"), QStringLiteral("女")});
    CHECK_FALSE(guard.admit(QStringLiteral("申请人：张桂兰")));
    CHECK_FALSE(guard.admit(QStringLiteral("地址：大沁他拉镇幸福街12号")));
    CHECK(guard.admit(QStringLiteral("性别：女"))); // one character is no one's identity
    guard.setPersonalValues({});
    CHECK(guard.admit(QStringLiteral("申请人：张桂兰")));
}

// The privacy canary: what the review, receipt and status screens show for a citizen, fed through
// the whole pipeline with a tap on espeak-ng. Nothing personal (in any form) may reach it, and the
// rest must still be spoken.
TEST_CASE("privacy canary: no personal data reaches espeak-ng", "[speech][canary]")
{
    REQUIRE(SpeechSynthesizer::available());
    QStringList heard;
    std::mutex m;
    SpeechSynthesizer::setTap([&](const QString &s) {
        std::lock_guard lock(m);
        heard << s;
    });
    const QString name = QStringLiteral("张桂兰");
    const QString id = QStringLiteral("150525195003120023");
    const QString phone = QStringLiteral("13947512386");
    const QString address = QStringLiteral("大沁他拉镇幸福街12号");
    const QStringList screens = {
        QStringLiteral("核对申请"),
        QStringLiteral("请核对下面的内容，有误请点“修改”。"),
        QStringLiteral("姓名：") + name,
        QStringLiteral("身份证号：") + id,
        QStringLiteral("手机号码：") + phone,
        QStringLiteral("联系地址：") + address,
        QStringLiteral("申请人 %1，身份证号 %2").arg(name, id),
        QStringLiteral("✓ 已从身份证读取姓名和身份证号，请再填写手机号码"),
        QStringLiteral("短信将发到尾号 %1 的手机").arg(phone.right(4)),
        QStringLiteral("受理编号：15052-000123-7"),
        QStringLiteral("身份证号 %1 **** %2").arg(id.left(6), id.right(4)),
        QStringLiteral("电话 %1 %2 %3").arg(phone.left(3), phone.mid(3, 4), phone.right(4)),
    };
    SpeechService service;
    service.guard().setPersonalValues({name, id, phone, address});
    QSignalSpy chunks(&service, &SpeechService::chunkReady);
    QSignalSpy refused(&service, &SpeechService::refused);
    for (const QString &s : screens) {
        const int before = int(chunks.count());
        if (!service.speak(s))
            continue;
        // each accepted text is heard to its end before the next (a new one would stop it)
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000 && chunks.count() == before)
            QTest::qWait(10);
        QTest::qWait(50);
    }
    SpeechSynthesizer::setTap({});

    // Compared without tone numbers (sandhi changes tones with the neighbours).
    auto toneless = [](QString p) {
        p.remove(QRegularExpression(QStringLiteral("[0-9.,]")));
        return p.simplified();
    };
    const QString forbidden[] = {
        toneless(SpeechPinyin::read(name)),
        toneless(SpeechPinyin::read(QStringLiteral("幸福街"))),
        // the ID's birth date and the phone's middle digits, as digit strings are said
        toneless(SpeechPinyin::read(SpeechNormalizer::digits(id.mid(6, 8)))),
        toneless(SpeechPinyin::read(SpeechNormalizer::digits(phone.mid(3, 4)))),
    };
    static const QRegularExpression strayDigit(QStringLiteral("(?<![a-z])[0-9]"));
    REQUIRE_FALSE(heard.isEmpty());
    for (const QString &h : heard) {
        INFO(h.toStdString());
        for (const QString &f : forbidden)
            CHECK_FALSE(toneless(h).contains(f));
        // digits are words by now: a digit that is not a tone number escaped the normaliser
        CHECK_FALSE(strayDigit.match(h).hasMatch());
    }
    CHECK(refused.count() == 6);
    CHECK(service.guard().refused() == 6);
    CHECK(heard.size() >= 6); // the rest was spoken
    CHECK(service.prepare(QStringLiteral("短信将发到尾号 2386 的手机")).join(u' ') ==
          QStringLiteral("duan3 xin4 jiang1 fa1 dao4 wei3 hao4 er4 san1 ba1 liu4 de5 shou3 ji1"));
}

namespace {
/** Waits up to @p ms for @p spy to reach @p count signals. */
bool waitFor(QSignalSpy &spy, qsizetype count, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (spy.count() < count && t.elapsed() < ms)
        QTest::qWait(10);
    return spy.count() >= count;
}
} // namespace

// The kiosk preloads the voice after its first frame so that the first tap does not pay for
// dlopen, espeak_Initialize and ICU's transliterator (jiujin-bench-voice measures how much).
TEST_CASE("preload loads espeak-ng on the worker thread, and says nothing", "[speech]")
{
    // ctest runs each case in a process of its own, so nothing has loaded espeak-ng yet there.
    SpeechService service;
    QSignalSpy preloaded(&service, &SpeechService::preloaded);
    QSignalSpy chunks(&service, &SpeechService::chunkReady);
    service.preload();
    REQUIRE(waitFor(preloaded, 1));
    CHECK(preloaded.first().at(0).toBool());
    CHECK(SpeechSynthesizer::loaded());
    QTest::qWait(50);
    CHECK(chunks.isEmpty()); // the warm-up is not played
    // Nor is it cached as if it were a prompt; the first real sentence is synthesised and heard.
    REQUIRE(service.speak(QStringLiteral("请点您要办的事。")));
    REQUIRE(waitFor(chunks, 1));
    CHECK(service.cacheHits() == 0);
    CHECK(chunks.first().at(0).toByteArray().size() > 2 * 22050 / 4); // over 1/4 s of speech
    // The same prompt again (the next visit's) comes from the phrase cache, the same sound.
    service.stop();
    REQUIRE(service.speak(QStringLiteral("请点您要办的事。")));
    REQUIRE(waitFor(chunks, 2));
    CHECK(service.cacheHits() == 1);
    CHECK(chunks.at(1).at(0).toByteArray() == chunks.at(0).at(0).toByteArray());
}

// A touch stops the voice at once: what was still being made for the stopped text never plays.
TEST_CASE("stop drops the rest of what was being said", "[speech]")
{
    REQUIRE(SpeechSynthesizer::available());
    SpeechService service(1); // no cache: every sentence is synthesised
    QSignalSpy chunks(&service, &SpeechService::chunkReady);
    // Sixty sentences: on a loaded machine the worker can make ten before the first one's signal
    // is delivered, and the stop would then come after the end (seen under CI load).
    QString many;
    for (int i = 0; i < 60; ++i)
        many += (i % 2 ? QStringLiteral("请稍候。") : QStringLiteral("请到窗口办理。"));
    REQUIRE(service.prepare(many).size() == 60);
    REQUIRE(service.speak(many));
    REQUIRE(waitFor(chunks, 1));
    service.stop();
    const qsizetype atStop = chunks.count();
    QTest::qWait(1500); // long enough for many more sentences to be made, had they been
    CHECK(chunks.count() == atStop);
    CHECK(atStop < 60);
    // And the next text is said in full.
    REQUIRE(service.speak(QStringLiteral("第一句。第二句。")));
    CHECK(waitFor(chunks, atStop + 2));
}
