#include "audioplayer.h"

#include "audiooutputfactory.h"
#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPluginLoader>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace jiujin {

namespace {

const QString defaultDevice = QStringLiteral("default");

// Whether the kernel has a playback device at all. ALSA's "default" is the first card, so without
// one the plugin is not loaded for it: opening would only fail (and warn, which the screen walk
// counts). A device named in the config ("null", a file plugin in asound.conf) needs no card.
bool soundCardPresent()
{
    static const bool card =
        !QDir(QStringLiteral("/dev/snd"))
             .entryList({QStringLiteral("pcmC*D*p")}, QDir::System | QDir::Files)
             .isEmpty();
    return card;
}

struct Plugin
{
    QPluginLoader *loader = nullptr;       ///< lives as long as the process
    AudioOutputFactory *factory = nullptr; ///< owned by the loader; null when not loaded
    QString problem;
};

// Loaded once per process and never unloaded (outputs made by it may live until exit).
const Plugin &plugin()
{
    static const Plugin loaded = [] {
        Plugin p;
        const QString path = AudioPlayer::pluginPath();
        p.loader = new QPluginLoader(path);
        QObject *root = p.loader->instance();
        p.factory = qobject_cast<AudioOutputFactory *>(root);
        if (!p.factory) {
            p.problem = root ? QStringLiteral("%1 is not a JiuJin audio plugin").arg(path)
                             : QStringLiteral("the audio plugin cannot be loaded: %1")
                                   .arg(p.loader->errorString());
            qCWarning(lcCore, "%s", qPrintable(p.problem));
        }
        return p;
    }();
    return loaded;
}
} // namespace

AudioPlayer::AudioPlayer(QObject *parent) : QObject(parent) {}

AudioPlayer::~AudioPlayer() = default;

QString AudioPlayer::pluginPath()
{
    const QString fromEnv = qEnvironmentVariable("JIUJIN_AUDIO_PLUGIN");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // Installed: /usr/bin/jiujin-kiosk and /usr/lib/<arch>/jiujin/libjiujin-audio.so.
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral(JIUJIN_AUDIO_PLUGIN_FROM_BIN));
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    return QStringLiteral(JIUJIN_AUDIO_PLUGIN_BUILT);
}

QString AudioPlayer::loadPlugin()
{
    return plugin().problem;
}

QString AudioPlayer::configuredDevice()
{
    return KioskConfig::load().audio;
}

AudioOutput *AudioPlayer::output()
{
    if (!m_tried) {
        m_tried = true;
        if (m_device.isEmpty())
            m_device = configuredDevice();
        if (m_device == defaultDevice && !soundCardPresent())
            return nullptr;
        if (AudioOutputFactory *factory = plugin().factory) {
            m_output = factory->create(m_device);
            m_output->setVolume(m_volume);
            m_output->setPlayingChanged([this] { emit playingChanged(); });
        }
    }
    return m_output.get();
}

bool AudioPlayer::hasDevice()
{
    AudioOutput *out = output();
    return out && out->hasDevice();
}

void AudioPlayer::append(const QByteArray &pcm, int sampleRate)
{
    if (pcm.isEmpty() || !hasDevice())
        return;
    m_output->append(pcm, sampleRate);
}

void AudioPlayer::stop()
{
    if (m_output) // never loaded: nothing is playing
        m_output->stop();
}

void AudioPlayer::setVolume(double volume)
{
    m_volume = qBound(0.0, volume, 1.0);
    if (m_output)
        m_output->setVolume(m_volume);
}

bool AudioPlayer::playing() const
{
    return m_output && m_output->playing();
}

QString AudioPlayer::probe(const QString &device)
{
    if (device == defaultDevice && !soundCardPresent())
        return QStringLiteral("no sound card for the ALSA device default (/dev/snd has no "
                              "playback device)");
    if (AudioOutputFactory *factory = plugin().factory)
        return factory->probe(device);
    return plugin().problem;
}

} // namespace jiujin
