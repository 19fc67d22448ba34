#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace jiujin {

class AudioOutput;

/**
 * Plays 16-bit mono PCM chunks one after the other on the default audio output. The output itself
 * (Qt Multimedia's QAudioSink) is in the audio plugin, loaded on the first sound: Qt Multimedia is
 * not loaded before the kiosk's first frame (DESIGN §9c). Without a sound card, an output device
 * or the plugin, every call is a no-op, so the kiosk runs the same with or without a loudspeaker.
 */
class AudioPlayer : public QObject
{
    Q_OBJECT
public:
    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    /** Loads the plugin (the first time) when there is a sound card. */
    bool hasDevice();
    void append(const QByteArray &pcm, int sampleRate);
    void stop();
    /** 0.0 (silent) to 1.0; kept until the output is loaded. */
    void setVolume(double volume);
    bool playing() const;

    /** For jiujinctl doctor: opens the default output and plays 100 ms of silence. Empty when it
     *  works, else what failed (no personal data). */
    static QString probe();

    /** Loads the audio plugin (the first call only; a sound card is not needed). Empty when it is
     *  loaded, else why not. */
    static QString loadPlugin();
    /** Where the plugin is looked for: $JIUJIN_AUDIO_PLUGIN, else beside the installed
     *  executable (../lib/<arch>/jiujin/), else the build tree's. */
    static QString pluginPath();

signals:
    void playingChanged();

private:
    AudioOutput *output();

    std::unique_ptr<AudioOutput> m_output;
    bool m_tried = false; ///< output() looked for the plugin already
    double m_volume = 0.8;
};

} // namespace jiujin
