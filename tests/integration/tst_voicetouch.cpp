// A touch anywhere stops the voice (issue 19): VoiceController's application-wide event filter,
// on a real QQuickWindow with real presses and touches, in front of the real speech pipeline.
#include "audioplayer.h"
#include "kiosksession.h"
#include "speechservice.h"
#include "speechsynthesizer.h"
#include "voicecontroller.h"

#include <QPointingDevice>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <functional>

using namespace jiujin;

TEST_CASE("a press or a touch anywhere on the screen stops the voice", "[voice-touch]")
{
    REQUIRE(SpeechSynthesizer::available());
    QQmlEngine engine;
    KioskSession session(&engine);
    SpeechService speech(1); // no cache: every sentence is synthesised, one after the other
    AudioPlayer player;
    VoiceController voice(session, speech, player, QStringLiteral("on"));
    REQUIRE(voice.available());
    QQuickWindow window;
    window.resize(640, 400);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // Qt never deletes a registered device: held here for the process's life, so that
    // LeakSanitizer sees it (and what Qt Quick hangs on it) still reachable at exit.
    static QPointingDevice *const screen = QTest::createTouchDevice();

    // Sixty sentences: even on a loaded machine the worker cannot have made them all before the
    // first one is delivered (tst_speech's "stop drops the rest" uses the same length).
    QString many;
    for (int i = 0; i < 60; ++i)
        many += (i % 2 ? QStringLiteral("请稍候。") : QStringLiteral("请到窗口办理。"));
    QSignalSpy chunks(&speech, &SpeechService::chunkReady);

    const std::pair<const char *, std::function<void()>> gestures[] = {
        {"a mouse press",
         [&] { QTest::mousePress(&window, Qt::LeftButton, {}, QPoint(320, 300)); }},
        {"a touch", [&] { QTest::touchEvent(&window, screen).press(0, QPoint(100, 50)); }},
    };
    for (const auto &[name, gesture] : gestures) {
        INFO(name);
        chunks.clear();
        voice.say(many);
        REQUIRE(QTest::qWaitFor([&] { return chunks.count() >= 1; }, 20000));
        gesture();
        const qsizetype atTouch = chunks.count();
        QTest::qWait(1500); // long enough for many more sentences to be made, had they been
        CHECK(chunks.count() == atTouch);
        CHECK(atTouch < 60);
        if (std::string(name) == "a mouse press")
            QTest::mouseRelease(&window, Qt::LeftButton, {}, QPoint(320, 300));
        else
            QTest::touchEvent(&window, screen).release(0, QPoint(100, 50));
    }
}
