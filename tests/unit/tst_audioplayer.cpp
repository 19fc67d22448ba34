#include "audioplayer.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {
/** Whether a shared library whose file name starts with @p name is mapped into this process. */
bool mapped(const char *name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        FAIL("cannot read /proc/self/maps");
    return maps.readAll().contains(QByteArray("/") + name);
}
} // namespace

// Qt Multimedia is loaded with the audio plugin on the first sound, not with the kiosk (DESIGN
// §9c): what the voice does at start (volume, stop) must not load it, and the plugin must load.
TEST_CASE("the audio player loads Qt Multimedia only with its plugin", "[audio]")
{
    REQUIRE_FALSE(mapped("libQt6Multimedia.so"));
    {
        AudioPlayer player;
        player.setVolume(0.3);
        player.stop();
        CHECK_FALSE(player.playing());
    }
    CHECK_FALSE(mapped("libQt6Multimedia.so"));
    CHECK_FALSE(mapped("libjiujin-audio.so"));

    CHECK(AudioPlayer::loadPlugin() == QString());
    CHECK(mapped("libjiujin-audio.so"));
    CHECK(mapped("libQt6Multimedia.so"));
}

TEST_CASE("the audio plugin is looked for where JIUJIN_AUDIO_PLUGIN says, else beside the kiosk",
          "[audio]")
{
    CHECK(AudioPlayer::pluginPath().endsWith(QStringLiteral("/libjiujin-audio.so")));
    qputenv("JIUJIN_AUDIO_PLUGIN", "/nonexistent/libjiujin-audio.so");
    CHECK(AudioPlayer::pluginPath() == QStringLiteral("/nonexistent/libjiujin-audio.so"));
    qunsetenv("JIUJIN_AUDIO_PLUGIN");
}
